// Draws one peer: profile (personaProfile.ts), name, lived treatments, story, voice and avatar. Every
// field draws from its own seeded stream (Rng.for(seed, role, field)), so the same seed always gives the
// same person and adding a field never reshuffles the others.
import type { GroupFormat, GroupPreferences, Language, Persona, Role, Situation } from '@shared/domain';
import type { KnowledgePack, Treatment } from '@shared/knowledge/packSchema';
import type { Region } from './backgrounds';
import { caredForWords, type CaredFor } from './carers';
import type { ConditionChoice, WishDimension } from './cohortPlan';
import type { BackgroundWish } from './culture';
import { pronounsFor } from './demographics';
import type { Culture, NameAvoidance, PersonName } from './names';
import { pickName } from './names';
import { coOccurringChoices, factKey, isEverydayTreatment, livedTreatment, type PackMaterial, specialistTreatments } from './packMaterial';
import { drawProfile } from './personaProfile';
import { FACILITATOR_COPING, FACILITATOR_VOICES, COPING_STYLES, VOICES, type Trait, traitWeight } from './personaTraits';
import { Rng, shortKey } from './random';
import { type LivedWith, type PickedLine, pickChallenge, pickHelped, type StoryContext } from './stories';
import { clip, conditionInSentence, say } from './text';

/** What the whole group shares while its peers are drawn one by one. */
export interface GroupContext {
  readonly seed: number;
  readonly format: GroupFormat;
  readonly language: Language;
  readonly region: Region;
  readonly prefs: GroupPreferences;
  readonly situations: readonly Situation[];
  /** The user's own words for their condition (used in Spanish, where packs have only English names). */
  readonly conditionLabel: string;
  readonly groupPackId: string | null;
  readonly wish: BackgroundWish;
  readonly follows: ReadonlyMap<WishDimension, ReadonlySet<Role>>;
  readonly packsById: ReadonlyMap<string, KnowledgePack>;
  material(pack: KnowledgePack): PackMaterial;
  cultureWeights(pack: KnowledgePack | null): Readonly<Record<Culture, number>>;
}

/** What earlier peers in this group (and the user's other groups) have already used. */
export interface Taken {
  readonly firstNames: Set<string>;
  readonly challengeIds: Set<string>;
  readonly helpedIds: Set<string>;
  readonly traitIds: Set<string>;
  readonly storyKeys: Set<string>;
  readonly avoidDisplay: ReadonlySet<string>;
  readonly avoidFirst: ReadonlySet<string>;
  readonly avoidStoryKeys: ReadonlySet<string>;
}

/** A drawn persona, plus what the tests and the group need to know about how it was drawn. */
export interface DrawnPersona {
  readonly persona: Persona;
  readonly storyKey: string;
  readonly challengeId: string;
  readonly helpedId: string;
  readonly culture: Culture;
  readonly caredFor?: CaredFor;
}

const STORY_ATTEMPTS = 8;

function pickTrait(rng: Rng, bank: readonly Trait[], role: Role, taken: Set<string>): Trait {
  const fresh = bank.filter((t) => !taken.has(t.id));
  const chosen = rng.weighted(fresh.length > 0 ? fresh : bank, (t) => traitWeight(t, role));
  taken.add(chosen.id);
  return chosen;
}

function pickTreatments(g: GroupContext, role: Role, pack: KnowledgePack, coPack: KnowledgePack | undefined, rng: Rng, wantsNew: boolean): LivedWith[] {
  const lived = (p: KnowledgePack, t: Treatment): LivedWith => ({ treatment: t, lived: livedTreatment(p, t, rng), material: g.material(p) });
  const all = pack.treatments;
  if (all.length === 0) return [];
  if (role === 'specialist') {
    // One specific common treatment, one with side-effect facts where the pack has one.
    const ranked = specialistTreatments(pack);
    const best = ranked.filter((t) => t.sideEffects.length > 0);
    const pool = best.length > 0 ? best : ranked.filter((t) => t.selfManagement.length > 0);
    return [lived(pack, rng.pick(pool.length > 0 ? pool : ranked))];
  }
  const count = role === 'veteran' ? Math.min(2, all.length) : role === 'navigator' || role === 'facilitator' || wantsNew ? 1 : rng.chance(0.5) ? 1 : 0;
  const out = rng.shuffle(all).slice(0, count).map((t) => lived(pack, t));
  // The Navigator's second condition brings an everyday treatment of its own, when its pack has one.
  const coTreatments = coPack?.treatments.filter(isEverydayTreatment) ?? [];
  if (role === 'navigator' && coPack && coTreatments.length > 0) out.push(lived(coPack, rng.pick(coTreatments)));
  return out;
}

/** Draws the peer for `role`. */
export function drawPersona(g: GroupContext, role: Role, index: number, condition: ConditionChoice, taken: Taken): DrawnPersona {
  const r = (field: string, attempt = 0): Rng => Rng.for(g.seed, role, field, String(attempt));
  const pack = condition.pack;
  const carer = role !== 'facilitator' && (g.format === 'carers' || (role === 'mirror' && g.situations.includes('carer')));

  const { gender, age, yearsSinceDiagnosis, caredFor, staff, setting, lifeStage, culture, names, background } = drawProfile(g, role, condition, carer, r);
  // Lived treatments and the Navigator's second condition
  const treatRng = r('treatments');
  const coChoices = pack && role === 'navigator' ? coOccurringChoices(pack) : [];
  const co = coChoices.length > 0 ? r('co-occurring').weighted(coChoices, (c) => (c.packId && g.packsById.has(c.packId) ? 2 : 1)) : undefined;
  const coPack = co?.packId ? g.packsById.get(co.packId) : undefined;
  const treatments = pack ? pickTreatments(g, role, pack, coPack, treatRng, role === 'mirror' && g.situations.includes('new-medication')) : [];
  const coOccurring = pack && co ? { name: co.name, factKey: factKey(pack, co) } : undefined;

  // Story: challenge and what helped, re-drawn (with a new name) if the user met this story before
  // Packs name conditions in English; in Spanish the group's own condition is said in the user's words.
  const isGroupCondition = (pack?.id ?? null) === g.groupPackId;
  const vars: Record<string, string> = { cond: conditionInSentence(g.language === 'es' && isGroupCondition ? g.conditionLabel : condition.label) };
  if (caredFor) vars.rel = caredForWords(caredFor, g.language);
  if (co) vars.other = conditionInSentence(co.name);
  const ctx: StoryContext = {
    role, format: g.format, language: g.language, gender, material: pack ? g.material(pack) : null, treatments,
    ...(coOccurring ? { coOccurring: { name: coOccurring.name, key: coOccurring.factKey } } : {}),
    ...(caredFor ? { caredFor: caredFor.kind } : {}),
    staff, situations: role === 'mirror' ? g.situations : [], vars,
  };
  const avoidance: NameAvoidance = { takenFirst: taken.firstNames, avoidDisplay: taken.avoidDisplay, avoidFirst: taken.avoidFirst };
  let name: PersonName = pickName(r('name'), names, gender, avoidance);
  let challenge: PickedLine = pickChallenge(r('challenge'), ctx, taken.challengeIds);
  const keyOf = (n: PersonName, c: PickedLine): string => shortKey([n.first, role, pack?.id ?? condition.label.toLowerCase(), c.id, ...c.keys].join('|'));
  let storyKey = keyOf(name, challenge);
  for (let attempt = 1; attempt < STORY_ATTEMPTS && (taken.avoidStoryKeys.has(storyKey) || taken.storyKeys.has(storyKey)); attempt += 1) {
    name = pickName(r('name', attempt), names, gender, avoidance);
    challenge = pickChallenge(r('challenge', attempt), ctx, taken.challengeIds);
    storyKey = keyOf(name, challenge);
  }
  const helped = pickHelped(r('helped'), ctx, taken.helpedIds);
  taken.firstNames.add(name.first);
  taken.challengeIds.add(challenge.id);
  taken.helpedIds.add(helped.id);
  taken.storyKeys.add(storyKey);

  // Voice and coping
  const voice = pickTrait(r('voice'), role === 'facilitator' ? FACILITATOR_VOICES : VOICES, role, taken.traitIds);
  const coping = pickTrait(r('coping'), role === 'facilitator' ? FACILITATOR_COPING : COPING_STYLES, role, taken.traitIds);

  const factKeys = [...new Set([
    ...challenge.keys, ...helped.keys, ...(coOccurring ? [coOccurring.factKey] : []),
    ...treatments.flatMap((t) => [t.lived.purposeKey, ...t.lived.sideEffectKeys, ...t.lived.tipKeys]),
  ])];

  const persona: Persona = {
    id: `${role}-${shortKey(`${g.seed}|${role}|${name.display}|${index}`)}`,
    role,
    name: name.display,
    age: Math.min(100, Math.max(13, Math.round(age))),
    gender,
    pronouns: pronounsFor(gender, g.language),
    background,
    setting,
    lifeStage,
    condition: condition.label,
    conditionPackId: pack?.id ?? null,
    yearsSinceDiagnosis: Math.min(80, Math.max(0, yearsSinceDiagnosis)),
    treatments: treatments.map((t) => t.lived),
    ...(coOccurring ? { coOccurring } : {}),
    copingStyle: clip(say(coping, g.language, gender), 200),
    voice: clip(say(voice, g.language, gender), 200),
    currentChallenge: challenge.text,
    whatHelped: helped.text,
    factKeys,
    avatar: { initials: `${[...name.first][0] ?? '?'}${name.initial}`.toUpperCase(), hue: 0, motif: 'circle' },
  };
  return { persona, storyKey, challengeId: challenge.id, helpedId: helped.id, culture, ...(caredFor ? { caredFor } : {}) };
}
