// Age, gender, setting and life stage. Age and gender follow the pack's prevalence facts (onsetAge,
// femaleShare) when it has them; where it does not, the ranges here are neutral sampling choices and
// carry no citation. When the user asked for people like them, "followers" take the user's wishes and
// the rest keep the pack's spread, so a group is mostly like the user without being a copy.
import type { Gender, GroupFormat, GroupPreferences, Language, LifeStage, Role, Setting } from '@shared/domain';
import type { KnowledgePack } from '@shared/knowledge/packSchema';
import { onsetRange } from './packMaterial';
import type { Rng } from './random';

/** An inclusive age window. */
export interface AgeWindow {
  readonly min: number;
  readonly max: number;
}

/** Share of nonbinary people when nothing says otherwise: small, so they appear now and then. */
const NONBINARY_SHARE = 0.03;
const ADULT_FLOOR = 18;
const AGE_CEILING = 88;

/** The chance a peer is a woman, a man or nonbinary, from the pack (or neutral when it has no figure). */
export function genderOdds(pack: KnowledgePack | null, format: GroupFormat): Record<Gender, number> {
  // Carers are not the people with the condition, so its sex ratio says nothing about them.
  if (format === 'carers') return { woman: 0.6, man: 0.37, nonbinary: NONBINARY_SHARE };
  const share = pack?.demographics.femaleShare?.value;
  // Reproductive conditions such as endometriosis affect people assigned female at birth.
  const female = share ?? (pack?.category === 'reproductive' ? 1 : 0.5);
  return { woman: female * (1 - NONBINARY_SHARE), man: (1 - female) * (1 - NONBINARY_SHARE), nonbinary: NONBINARY_SHARE };
}

/** Samples a gender: the user's wish for followers, otherwise the pack's odds. */
export function sampleGender(rng: Rng, odds: Record<Gender, number>, wish: readonly Gender[] | undefined): Gender {
  if (wish && wish.length > 0) return rng.pick(wish);
  return rng.weighted(['woman', 'man', 'nonbinary'] as const, (g) => odds[g]);
}

/** Pronouns as the group shows them. */
export function pronounsFor(gender: Gender, language: Language): string {
  const table: Record<Language, Record<Gender, string>> = {
    en: { woman: 'she/her', man: 'he/him', nonbinary: 'they/them' },
    es: { woman: 'ella', man: 'él', nonbinary: 'elle' },
  };
  return table[language][gender];
}

/** How long each role has lived with the condition, in years (fractions are months). */
export function yearsRange(role: Role, format: GroupFormat, userJustDiagnosed: boolean): AgeWindow {
  const newest = { min: 1 / 12, max: 0.5 };
  if (role === 'mirror' && (userJustDiagnosed || format === 'newly-diagnosed')) return newest;
  if (format === 'newly-diagnosed' && role !== 'veteran' && role !== 'facilitator') return { min: 0.5, max: 2 };
  const ranges: Record<Role, AgeWindow> = {
    mirror: { min: 1, max: 8 },
    veteran: { min: 15, max: 30 },
    navigator: { min: 4, max: 14 },
    ally: { min: 2, max: 12 },
    specialist: { min: 3, max: 12 },
    facilitator: { min: 6, max: 20 },
  };
  const range = ranges[role];
  // When the user is new, everyone else has at least half a year on them so the Mirror stays the newest.
  return userJustDiagnosed ? { min: Math.max(range.min, 0.5), max: range.max } : range;
}

/** Years since diagnosis in a window; under two years it is whole months, as people count them. */
export function sampleYears(rng: Rng, range: AgeWindow): number {
  if (range.max <= 2) return Math.round(rng.int(Math.round(range.min * 12), Math.round(range.max * 12)) / 12 * 100) / 100;
  return rng.int(range.min, range.max);
}

/** The smallest age at diagnosis the factory will imagine for this condition. */
export function earliestOnset(pack: KnowledgePack | null): number {
  const onset = onsetRange(pack);
  return Math.max(0, onset.min - 10);
}

/**
 * Years since diagnosis and age together. Free: age = onset (from the pack's range, sometimes a little
 * outside it, as real onsets are) + years. Targeted (user's wish, or a format's age band): age is drawn in
 * the window, and years are capped so the diagnosis falls at a typical onset age where possible, else no
 * earlier than the condition's earliest onset, else no earlier than age 12.
 */
export function sampleAgeAndYears(rng: Rng, pack: KnowledgePack | null, years: AgeWindow, target?: AgeWindow): { age: number; years: number } {
  if (target) {
    const age = rng.int(target.min, target.max);
    const caps = [age - onsetRange(pack).min, age - earliestOnset(pack)];
    const cap = caps.find((c) => c >= years.min) ?? Math.max(0, Math.min(years.min, age - 12));
    return { age, years: sampleYears(rng, { min: Math.min(years.min, cap), max: Math.min(years.max, cap) }) };
  }
  const y = sampleYears(rng, years);
  const onset = onsetRange(pack);
  const typical = rng.chance(0.8);
  const onsetAge = typical ? rng.int(onset.min, onset.max) : rng.int(Math.max(0, onset.min - 8), onset.max + 15);
  const age = Math.round(onsetAge + y);
  // Adults only unless the user asks otherwise; someone "diagnosed at 10" is still a grown-up peer today.
  const floor = Math.max(ADULT_FLOOR, Math.ceil(y) + 1);
  return { age: Math.min(AGE_CEILING, Math.max(floor + rng.int(0, 4), age)), years: y };
}

/** Caps a years window for conditions nobody can have had for long (see maxYearsWith). */
export function capYears(window: AgeWindow, maxYears: number): AgeWindow {
  return { min: Math.min(window.min, maxYears), max: Math.min(window.max, maxYears) };
}

/** The user's age wish, for a follower (the Mirror sits closer to the user than other followers). */
export function wishedAges(prefs: GroupPreferences, mirror: boolean): AgeWindow | undefined {
  const self = prefs.self?.age;
  const range = prefs.ageRange;
  if (self !== undefined) {
    const spread = mirror ? 3 : 6;
    // Profiles allow ages up to 110 but personas stop at 100: keep the window inside 13–100 and non-empty.
    const clamp = (n: number): number => Math.min(100, Math.max(13, n));
    const window = { min: clamp(Math.min(self, 100 - spread) - spread), max: clamp(self + spread) };
    // Inside an explicit range when both are given.
    if (range) return intersect(window, range) ?? window;
    return window;
  }
  return range ? { min: Math.min(range.min, range.max), max: Math.max(range.min, range.max) } : undefined;
}

/** The overlap of two windows, or undefined when they do not meet. */
export function intersect(a: AgeWindow, b: AgeWindow): AgeWindow | undefined {
  const min = Math.max(a.min, b.min);
  const max = Math.min(a.max, b.max);
  return min <= max ? { min, max } : undefined;
}

const SETTING_ODDS: Record<Setting, number> = { urban: 0.4, suburban: 0.35, rural: 0.25 };

/** Where a peer lives: the user's wish for followers, a spread otherwise. */
export function sampleSetting(rng: Rng, wish: Setting | undefined): Setting {
  return wish ?? rng.weighted(['urban', 'suburban', 'rural'] as const, (s) => SETTING_ODDS[s]);
}

/** A life stage that fits the age: the user's wish for followers, otherwise a spread by age. */
export function sampleLifeStage(rng: Rng, age: number, wish: LifeStage | undefined): LifeStage {
  if (wish) return wish;
  const odds: [LifeStage, number][] =
    age < 22 ? [['student', 0.6], ['young-adult', 0.4]]
    : age < 30 ? [['young-adult', 0.35], ['working', 0.45], ['student', 0.1], ['parent', 0.1]]
    : age < 45 ? [['working', 0.55], ['parent', 0.4], ['carer', 0.05]]
    : age < 60 ? [['working', 0.7], ['parent', 0.2], ['carer', 0.1]]
    : age < 67 ? [['working', 0.4], ['retired', 0.45], ['carer', 0.15]]
    : [['retired', 0.85], ['carer', 0.15]];
  return rng.weighted(odds, ([, p]) => p)[0];
}
