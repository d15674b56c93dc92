// Draws one peer: demographics, name, background, lived treatments, story, voice and avatar. Every
// field draws from its own seeded stream (Rng.for(seed, role, field)), so the same seed always gives the
// same person and adding a field never reshuffles the others.
import type { Gender, GroupFormat, GroupPreferences, Language, LifeStage, Persona, Role, Setting, Situation } from '../../domain';
import type { KnowledgePack, Treatment } from '../../knowledge/packSchema';
import { backgroundLinesFor, IDENTITY_EXTRAS, type IdentityExtra, type Region, STAFF_NOTES, STUDY_NOTES, STUDY_YEARS } from './backgrounds';
import { carerNote, caredForWords, type CaredFor, sampleCaredFor } from './carers';
import type { ConditionChoice, WishDimension } from './cohortPlan';
import type { BackgroundWish } from './culture';
import {
  type AgeWindow, capYears, genderOdds, intersect, pronounsFor, sampleAgeAndYears, sampleGender, sampleLifeStage, sampleSetting, sampleYears, wishedAges, yearsRange,
} from './demographics';
import { Culture, type NameAvoidance, type PersonName, pickName } from './names';
import { coOccurringChoices, factKey, isEverydayTreatment, livedTreatment, maxYearsWith, type PackMaterial, specialistTreatments } from './packMaterial';
import { FACILITATOR_COPING, FACILITATOR_VOICES, COPING_STYLES, VOICES, type Trait, traitWeight } from './personaTraits';
import { Rng, shortKey } from './random';
import { type LivedWith, type PickedLine, pickChallenge, pickHelped, type StoryContext } from './stories';
import { clip, conditionInSentence, fill, say } from './text';

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

function formatAgeWindow(g: GroupContext, role: Role, rng: Rng, staff: boolean): AgeWindow | undefined {
  if (g.format === 'cross-condition') return role === 'facilitator' ? { min: 25, max: 30 } : role === 'veteran' ? { min: 22, max: 30 } : { min: 18, max: 30 };
  if (g.format === 'higher-education') {
    if (staff) return { min: 28, max: 62 };
    // The Veteran needs 15+ years with the condition, so a Veteran student is a mature student.
    return role === 'veteran' || rng.chance(0.2) ? { min: 26, max: 45 } : { min: 18, max: 25 };
  }
  return undefined;
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

function backgroundText(g: GroupContext, culture: Culture, gender: Gender, rng: Rng, followsWish: boolean, prefix: string | undefined): string {
  const base = say(rng.pick(backgroundLinesFor(culture, g.region)), g.language, gender);
  const extras: IdentityExtra[] = followsWish ? [...g.wish.extras] : rng.chance(0.08) ? [rng.pick(['lgbtq', 'faith'] as const)] : [];
  const extraText = extras.map((x) => say(rng.pick(IDENTITY_EXTRAS[x]), g.language, gender));
  return clip([prefix, base, ...extraText].filter(Boolean).join('; '), 200);
}

/** Draws the peer for `role`. */
export function drawPersona(g: GroupContext, role: Role, index: number, condition: ConditionChoice, taken: Taken): DrawnPersona {
  const r = (field: string, attempt = 0): Rng => Rng.for(g.seed, role, field, String(attempt));
  const follows = (dim: WishDimension): boolean => g.follows.get(dim)?.has(role) ?? false;
  const pack = condition.pack;
  const carer = role !== 'facilitator' && (g.format === 'carers' || (role === 'mirror' && g.situations.includes('carer')));
  const justDiagnosed = g.situations.includes('just-diagnosed');

  // Gender
  const genderWish = g.prefs.self?.gender ? [g.prefs.self.gender] : g.prefs.genders;
  const gender = sampleGender(r('gender'), genderOdds(pack, carer ? 'carers' : g.format), follows('gender') ? genderWish : undefined);

  // Age and years since diagnosis (for carers: of the person they care for)
  const staff = g.format === 'higher-education' && (role === 'facilitator' || (role === 'mirror' ? g.prefs.lifeStage === 'working' : role === 'veteran' && r('staff').chance(0.6)));
  const ageWish = follows('age') ? wishedAges(g.prefs, role === 'mirror') : undefined;
  const formatWindow = formatAgeWindow(g, role, r('age-window'), staff);
  const target = formatWindow && ageWish ? intersect(formatWindow, ageWish) ?? formatWindow : formatWindow ?? ageWish;
  const years = capYears(yearsRange(role, g.format, justDiagnosed), maxYearsWith(pack));
  let age: number;
  let yearsSinceDiagnosis: number;
  let caredFor: CaredFor | undefined;
  if (carer) {
    yearsSinceDiagnosis = sampleYears(r('years'), years);
    const drawn = sampleCaredFor(r('cared-for'), pack, yearsSinceDiagnosis, target);
    caredFor = drawn.caredFor;
    age = drawn.carerAge;
  } else {
    const drawn = sampleAgeAndYears(r('age'), pack, years, target);
    // A trained facilitator has some life behind them: at least 25 unless the format sets the ages.
    age = role === 'facilitator' && !target && drawn.age < 25 ? r('facilitator-age').int(25, 34) : drawn.age;
    yearsSinceDiagnosis = drawn.years;
  }

  // Setting and life stage
  const settingWish: Setting | undefined = follows('setting') ? g.prefs.setting : role === 'mirror' && g.situations.includes('hard-to-reach-appointments') ? 'rural' : undefined;
  const setting = sampleSetting(r('setting'), settingWish);
  const stageWish: LifeStage | undefined = role === 'mirror' || (follows('lifeStage') && g.format !== 'higher-education' && !carer) ? g.prefs.lifeStage : undefined;
  const lifeStage: LifeStage = stageWish
    ?? (g.format === 'higher-education' ? (staff ? 'working' : 'student')
    : caredFor ? (caredFor.kind === 'child' && caredFor.age < 18 ? 'parent' : 'carer')
    : sampleLifeStage(r('life-stage'), age, undefined));

  // Culture and background
  const cultureRng = r('culture');
  const culture: Culture = follows('background') && g.wish.cultures.length > 0
    ? cultureRng.pick(g.wish.cultures)
    : cultureRng.weighted(Culture.options, (c) => g.cultureWeights(pack)[c]);
  const nameCulture: Culture = culture === 'indigenous' && g.region === 'latam' ? 'latino' : culture;
  const studyRng = r('study');
  const prefix = caredFor ? carerNote(caredFor, g.language)
    : g.format === 'higher-education' && role !== 'facilitator' ? (staff ? say(studyRng.pick(STAFF_NOTES), g.language, gender) : fill(studyRng.pick(STUDY_NOTES)[g.language], gender, { year: studyRng.pick(STUDY_YEARS)[g.language] }))
    : g.format === 'higher-education' ? say(STAFF_NOTES[3] ?? studyRng.pick(STAFF_NOTES), g.language, gender)
    : undefined;
  const background = backgroundText(g, culture, gender, r('background'), follows('background'), prefix);

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
  let name: PersonName = pickName(r('name'), nameCulture, gender, avoidance);
  let challenge: PickedLine = pickChallenge(r('challenge'), ctx, taken.challengeIds);
  const keyOf = (n: PersonName, c: PickedLine): string => shortKey([n.first, role, pack?.id ?? condition.label.toLowerCase(), c.id, ...c.keys].join('|'));
  let storyKey = keyOf(name, challenge);
  for (let attempt = 1; attempt < STORY_ATTEMPTS && (taken.avoidStoryKeys.has(storyKey) || taken.storyKeys.has(storyKey)); attempt += 1) {
    name = pickName(r('name', attempt), nameCulture, gender, avoidance);
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
