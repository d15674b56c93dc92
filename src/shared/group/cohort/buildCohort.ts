// The cohort factory: five peers (Mirror, Veteran, Navigator, Ally, Specialist-in-living) and a
// facilitator, drawn deterministically from a seed and grounded in the condition's knowledge pack.
// See shared/PRODUCT.md ("The group", "Group formats") for what each role and format is for.
import type { GroupFormat, Language, Persona, UserProfile } from '@shared/domain';
import type { KnowledgePack } from '@shared/knowledge/packSchema';
import { regionOf } from './backgrounds';
import { drawPersona, type DrawnPersona, type GroupContext, type Taken } from './buildPersona';
import { assignConditions, followers, rolesFor } from './cohortPlan';
import { cultureWeights, readBackgroundWish } from './culture';
import type { Culture } from './names';
import { packMaterial, type PackMaterial } from './packMaterial';
import { Rng } from './random';

/** What the factory needs to build a group. */
export interface CohortInput {
  readonly profile: UserProfile;
  readonly format: GroupFormat;
  /** The group's seed: the same seed (and input) rebuilds the same people. */
  readonly seed: number;
  /** The pack of the user's condition, or null when Hearth has none (the group is then unsourced). */
  readonly pack: KnowledgePack | null;
  /** All available packs: conditions for cross-condition groups, the facilitator, and the Navigator's second condition. */
  readonly packs?: readonly KnowledgePack[];
  /** Names and story keys from the user's other groups, so no two groups share a name and story. */
  readonly avoid?: { readonly names: readonly string[]; readonly storyKeys: readonly string[] };
  readonly language: Language;
}

/** A built group: its personas in display order, whether its facts are unsourced, and its story keys. */
export interface Cohort {
  readonly personas: Persona[];
  readonly unsourced: boolean;
  readonly storyKeys: string[];
}

/** The cohort with how each persona was drawn (bank ids, culture, who a carer looks after). */
export interface CohortDetail extends Cohort {
  readonly drawn: readonly DrawnPersona[];
}

const MOTIFS = ['circle', 'leaf', 'wave', 'sun', 'star', 'drop'] as const;

/** Builds the group with the details of how it was drawn (used by tests and by diagnostics). */
export function buildCohortDetail(input: CohortInput): CohortDetail {
  const seed = input.seed >>> 0;
  const { profile, format, pack, language } = input;
  const packs = input.packs ?? [];
  const packsById = new Map(packs.map((p) => [p.id, p]));
  if (pack) packsById.set(pack.id, pack);
  const materials = new Map<string, PackMaterial>();
  const weights = new Map<string, Record<Culture, number>>();
  const region = regionOf(profile.country);
  const roles = rolesFor(format);

  const group: GroupContext = {
    seed,
    format,
    language,
    region,
    prefs: profile.preferences,
    situations: profile.situations,
    conditionLabel: profile.conditionLabel,
    groupPackId: pack?.id ?? null,
    wish: readBackgroundWish(profile.preferences.background),
    follows: followers(seed, roles, profile.preferences, pack),
    packsById,
    material(p) {
      const cached = materials.get(p.id) ?? packMaterial(p, profile.country);
      materials.set(p.id, cached);
      return cached;
    },
    cultureWeights(p) {
      const key = p?.id ?? '';
      const cached = weights.get(key) ?? cultureWeights(region, language, p);
      weights.set(key, cached);
      return cached;
    },
  };

  const avoidNames = input.avoid?.names ?? [];
  const taken: Taken = {
    firstNames: new Set(),
    challengeIds: new Set(),
    helpedIds: new Set(),
    traitIds: new Set(),
    storyKeys: new Set(),
    avoidDisplay: new Set(avoidNames),
    avoidFirst: new Set(avoidNames.map((n) => n.replace(/\s+\S{1,3}\.$/, ''))),
    avoidStoryKeys: new Set(input.avoid?.storyKeys ?? []),
  };

  const conditions = assignConditions(seed, format, profile, pack, packs);
  const drawn = roles.map((role, i) => drawPersona(group, role, i, conditions.get(role) ?? { pack, label: profile.conditionLabel }, taken));

  // Avatars: hues spread evenly around the wheel from a seeded start, each with its own motif.
  const avatarRng = Rng.for(seed, 'avatar');
  const start = avatarRng.int(0, 359);
  const motifs = avatarRng.shuffle(MOTIFS);
  const personas = drawn.map((d, i): Persona => {
    const jitter = avatarRng.int(-8, 8);
    const hue = (((Math.round(start + (i * 360) / drawn.length + jitter)) % 360) + 360) % 360;
    return { ...d.persona, avatar: { ...d.persona.avatar, hue, motif: motifs[i % motifs.length] ?? 'circle' } };
  });

  return { personas, unsourced: pack === null, storyKeys: drawn.map((d) => d.storyKey), drawn };
}

/** Builds a group's personas. Deterministic: the same input always gives the same (deep-equal) cohort. */
export function buildCohort(input: CohortInput): Cohort {
  const { personas, unsourced, storyKeys } = buildCohortDetail(input);
  return { personas, unsourced, storyKeys };
}
