// Picks what a peer is dealing with now and what helped them, from the banks, grounded in the pack
// where the bank entry asks for it. A grounded entry is only offered when the pack has the material,
// and its citation keys travel with the text onto the persona.
import type { Gender, GroupFormat, Language, LivedTreatment, Role, Situation } from '@shared/domain';
import type { Treatment } from '@shared/knowledge/packSchema';
import {
  ALLY_STORIES, CARER_CO_OCCURRING_STORIES, CARER_STORIES, CARER_TREATMENT_STORIES, CARER_VETERAN_STORIES, CO_OCCURRING_STORIES,
  FACILITATOR_STORIES, GENERAL_STORIES, LIFE_STORIES, NEW_DIAGNOSIS_STORIES, SITUATION_STORIES, STAFF_STORIES, STUDY_STORIES,
  THEME_STORIES, TREATMENT_STORIES, UNSOURCED_STORIES, VETERAN_STORIES, YOUNG_ADULT_STORIES,
  type CaredForKind, type Need, type StoryEntry,
} from './challengeBank';
import { CARER_HELP, FACILITATOR_HELP, GENERAL_HELP, LIFE_HELP, ORGANISATION_HELP, STUDY_HELP, TIP_HELP, type HelpEntry, type HelpNeed } from './helpedBank';
import { factKey, isEverydayTreatment, type PackMaterial } from './packMaterial';
import type { Rng } from './random';
import { capitalise, clip, fill, treatmentInSentence } from './text';

/** A treatment the persona lived with, with the pack it came from. */
export interface LivedWith {
  readonly treatment: Treatment;
  readonly lived: LivedTreatment;
  readonly material: PackMaterial;
}

/** Everything the picker needs to know about one persona. */
export interface StoryContext {
  readonly role: Role;
  readonly format: GroupFormat;
  readonly language: Language;
  readonly gender: Gender;
  /** The pack of the persona's own condition (or of the person they care for); null when unsourced. */
  readonly material: PackMaterial | null;
  readonly treatments: readonly LivedWith[];
  readonly coOccurring?: { readonly name: string; readonly key: string };
  /** Set for carers: who they look after. */
  readonly caredFor?: CaredForKind;
  /** University staff in a higher-education group. */
  readonly staff: boolean;
  /** The user's situations, for the Mirror. */
  readonly situations: readonly Situation[];
  /** Template variables: {cond}, {rel}, {other}. */
  readonly vars: Readonly<Record<string, string>>;
}

/** A picked line: text, the bank id it came from, and the citation keys it draws on. */
export interface PickedLine {
  readonly id: string;
  readonly text: string;
  readonly keys: readonly string[];
}

// Treatments whose names read badly after "Starting…" or "side effects of…" (diets, surgery, support,
// lifestyle) stay on the persona's card but are not the subject of a story line.
const storyFriendly = (t: LivedWith): boolean => isEverydayTreatment(t.treatment);

interface Weighted<T> {
  readonly entry: T;
  readonly weight: number;
}
/** Gives a bank a share of the pool, split evenly across its entries, so big banks do not crowd out small ones. */
const share = <T>(entries: readonly T[], total: number): Weighted<T>[] => entries.map((entry) => ({ entry, weight: total / Math.max(1, entries.length) }));

function challengePool(ctx: StoryContext): Weighted<StoryEntry>[] {
  const { role, format } = ctx;
  if (role === 'facilitator') return share(FACILITATOR_STORIES, 1);
  if (ctx.caredFor) {
    const special = role === 'specialist' ? CARER_TREATMENT_STORIES : role === 'navigator' ? CARER_CO_OCCURRING_STORIES : role === 'veteran' ? CARER_VETERAN_STORIES : [];
    return [...share(special, 0.6), ...share(CARER_STORIES, special.length > 0 ? 0.4 : 1)];
  }
  if (role === 'mirror') {
    const own = ctx.situations.filter((s): s is Exclude<Situation, 'carer'> => s !== 'carer');
    // The user's first situation is the one they are most likely to want mirrored.
    const situational = own.flatMap((s, i) => share(SITUATION_STORIES[s], i === 0 ? 0.7 : 0.3 / (own.length - 1)));
    if (situational.length > 0) return situational;
    if (format === 'higher-education') return share(STUDY_STORIES, 1);
    if (format === 'newly-diagnosed') return share(NEW_DIAGNOSIS_STORIES, 1);
    if (format === 'cross-condition') return share(YOUNG_ADULT_STORIES, 1);
    return [...share(THEME_STORIES, 0.6), ...share(LIFE_STORIES, 0.4)];
  }
  if (format === 'higher-education') return ctx.staff ? [...share(STAFF_STORIES, 0.7), ...share(STUDY_STORIES, 0.3)] : share(STUDY_STORIES, 1);
  const roleOwn = role === 'specialist' ? TREATMENT_STORIES : role === 'navigator' ? CO_OCCURRING_STORIES : role === 'veteran' ? VETERAN_STORIES : ALLY_STORIES;
  if (format === 'newly-diagnosed' && role !== 'veteran') return [...share(NEW_DIAGNOSIS_STORIES, 0.5), ...share(roleOwn, 0.5)];
  if (format === 'cross-condition') return [...share(YOUNG_ADULT_STORIES, 0.5), ...share(roleOwn, 0.35), ...share(LIFE_STORIES, 0.15)];
  if (role === 'specialist' || role === 'navigator') return [...share(roleOwn, 0.85), ...share(THEME_STORIES, 0.15)];
  if (role === 'veteran') return [...share(roleOwn, 0.5), ...share(THEME_STORIES, 0.3), ...share(LIFE_STORIES, 0.2)];
  return [...share(roleOwn, 0.35), ...share(THEME_STORIES, 0.35), ...share(LIFE_STORIES, 0.3)];
}

interface Grounding {
  readonly keys: readonly string[];
  readonly vars: Readonly<Record<string, string>>;
}

function ground(need: Need, ctx: StoryContext, rng: Rng): Grounding | null {
  const m = ctx.material;
  switch (need.kind) {
    case 'none':
      return { keys: [], vars: {} };
    case 'theme': {
      const keys = m?.themes.get(need.theme);
      return keys && keys.length > 0 ? { keys: [rng.pick(keys)], vars: {} } : null;
    }
    case 'life': {
      const topic = m?.lifeTopics.get(need.topic)?.[0];
      return m && topic ? { keys: [factKey(m.pack, topic)], vars: {} } : null;
    }
    case 'treatment': {
      const t = ctx.treatments.find(storyFriendly);
      return t ? { keys: [t.lived.purposeKey], vars: { treatment: treatmentInSentence(t.treatment.name) } } : null;
    }
    case 'side-effect': {
      const t = ctx.treatments.find((x) => storyFriendly(x) && x.lived.sideEffectKeys.length > 0);
      return t ? { keys: t.lived.sideEffectKeys, vars: { treatment: treatmentInSentence(t.treatment.name) } } : null;
    }
    case 'co-occurring':
      return ctx.coOccurring ? { keys: [ctx.coOccurring.key], vars: {} } : null;
  }
}

function fits(entry: StoryEntry, ctx: StoryContext): boolean {
  if (entry.genders && !entry.genders.includes(ctx.gender)) return false;
  if (entry.caredFor && (!ctx.caredFor || !entry.caredFor.includes(ctx.caredFor))) return false;
  return true;
}

function pickFrom<T extends { readonly id: string }>(
  rng: Rng,
  pool: readonly Weighted<T>[],
  resolve: (entry: T) => Grounding | null,
  used: ReadonlySet<string>,
): { entry: T; grounding: Grounding } | null {
  const usable = pool
    .filter((w) => !used.has(w.entry.id))
    .map((w) => ({ ...w, grounding: resolve(w.entry) }))
    .filter((w): w is Weighted<T> & { grounding: Grounding } => w.grounding !== null)
    // Entries grounded in the pack are preferred: they make stories specific and citable.
    .map((w) => ({ ...w, weight: w.weight * (w.grounding.keys.length > 0 ? 1.5 : 1) }));
  if (usable.length === 0) return null;
  const chosen = rng.weighted(usable, (w) => w.weight);
  return { entry: chosen.entry, grounding: chosen.grounding };
}

/** What the persona is dealing with now. `used` holds ids already taken in this group. */
export function pickChallenge(rng: Rng, ctx: StoryContext, used: ReadonlySet<string>): PickedLine {
  const resolve = (entry: StoryEntry): Grounding | null => (fits(entry, ctx) ? ground(entry.needs, ctx, rng) : null);
  const extra = ctx.material ? GENERAL_STORIES : [...UNSOURCED_STORIES, ...GENERAL_STORIES];
  const picked = pickFrom(rng, challengePool(ctx), resolve, used)
    ?? pickFrom(rng, share(extra, 1), resolve, used)
    ?? pickFrom(rng, share(extra, 1), resolve, new Set());
  // GENERAL_STORIES always has entries that need nothing, so the last pick cannot fail.
  if (!picked) throw new Error('no challenge fits');
  const text = capitalise(fill(picked.entry[ctx.language], ctx.gender, { ...ctx.vars, ...picked.grounding.vars }));
  return { id: picked.entry.id, text: clip(text, 240), keys: picked.grounding.keys };
}

function helpPool(ctx: StoryContext): Weighted<HelpEntry>[] {
  const suited = (entries: readonly HelpEntry[], total: number): Weighted<HelpEntry>[] =>
    share(entries, total).map((w) => ({ ...w, weight: w.weight * (w.entry.suits?.includes(ctx.role) ? 3 : 1) }));
  if (ctx.role === 'facilitator') return [...suited(FACILITATOR_HELP, 0.7), ...suited(GENERAL_HELP, 0.3)];
  if (ctx.caredFor) {
    const orgs = ORGANISATION_HELP.filter((o) => o.id === 'org-carers' || o.id === 'org-helpline');
    return [...suited(CARER_HELP, 0.6), ...suited(orgs, 0.25), ...suited(GENERAL_HELP, 0.15)];
  }
  if (ctx.format === 'higher-education') return [...suited(STUDY_HELP, 0.7), ...suited(GENERAL_HELP, 0.3)];
  const tips = ctx.role === 'specialist' ? 0.5 : 0.15;
  return [...suited(GENERAL_HELP, 0.55), ...suited(ORGANISATION_HELP, 0.2), ...suited(TIP_HELP, tips), ...suited(LIFE_HELP, 0.1)];
}

function groundHelp(need: HelpNeed, ctx: StoryContext, rng: Rng): Grounding | null {
  const m = ctx.material;
  switch (need.kind) {
    case 'none':
      return { keys: [], vars: {} };
    case 'organisation': {
      const orgs = m?.organisations.filter((o) => o.offers.includes(need.offer)) ?? [];
      if (!m || orgs.length === 0) return null;
      const org = rng.pick(orgs);
      return { keys: [factKey(m.pack, org)], vars: { org: org.name } };
    }
    case 'tip': {
      const t = ctx.treatments.find((x) => storyFriendly(x) && x.lived.tipKeys.length > 0);
      return t ? { keys: t.lived.tipKeys, vars: { treatment: treatmentInSentence(t.treatment.name) } } : null;
    }
    case 'life': {
      const topic = m?.lifeTopics.get(need.topic)?.[0];
      return m && topic ? { keys: [factKey(m.pack, topic)], vars: {} } : null;
    }
  }
}

/** What helped the persona. `used` holds ids already taken in this group. */
export function pickHelped(rng: Rng, ctx: StoryContext, used: ReadonlySet<string>): PickedLine {
  const resolve = (entry: HelpEntry): Grounding | null => groundHelp(entry.needs, ctx, rng);
  const picked = pickFrom(rng, helpPool(ctx), resolve, used) ?? pickFrom(rng, share(GENERAL_HELP, 1), resolve, new Set());
  if (!picked) throw new Error('no help line fits');
  const text = fill(picked.entry[ctx.language], ctx.gender, { ...ctx.vars, ...picked.grounding.vars });
  return { id: picked.entry.id, text: clip(text, 240), keys: picked.grounding.keys };
}
