// Who a peer is, before their story: gender, age, years with the condition (or, for carers, the years
// since the person they care for was diagnosed), setting, life stage, cultural background and the
// background line. Followers of the user's wishes take them; everyone else follows the pack.
import type { Gender, LifeStage, Role, Setting } from '@shared/domain';
import { backgroundLinesFor, IDENTITY_EXTRAS, type IdentityExtra, STAFF_NOTES, STUDY_NOTES, STUDY_YEARS } from './backgrounds';
import type { GroupContext } from './buildPersona';
import { carerNote, type CaredFor, sampleCaredFor } from './carers';
import type { ConditionChoice, WishDimension } from './cohortPlan';
import {
  type AgeWindow, capYears, genderOdds, intersect, sampleAgeAndYears, sampleGender, sampleLifeStage, sampleSetting, sampleYears, wishedAges, yearsRange,
} from './demographics';
import { Culture, type NameBank, nameBankFor } from './names';
import { maxYearsWith } from './packMaterial';
import type { Rng } from './random';
import { clip, fill, say } from './text';

/** A peer's profile. */
export interface PeerProfile {
  readonly gender: Gender;
  readonly age: number;
  readonly yearsSinceDiagnosis: number;
  readonly caredFor?: CaredFor;
  /** University staff in a higher-education group. */
  readonly staff: boolean;
  readonly setting: Setting;
  readonly lifeStage: LifeStage;
  readonly culture: Culture;
  /** The name bank to draw from (see nameBankFor). */
  readonly names: NameBank;
  readonly background: string;
}

/** A seeded stream for one field of this peer. */
export type FieldRng = (field: string, attempt?: number) => Rng;

/** The ages a format sets: young adults for cross-condition groups, students and staff in higher education. */
function formatAgeWindow(g: GroupContext, role: Role, rng: Rng, staff: boolean): AgeWindow | undefined {
  if (g.format === 'cross-condition') return role === 'facilitator' ? { min: 25, max: 30 } : role === 'veteran' ? { min: 22, max: 30 } : { min: 18, max: 30 };
  if (g.format === 'higher-education') {
    if (staff) return { min: 28, max: 62 };
    // The Veteran needs 15+ years with the condition, so a Veteran student is a mature student.
    return role === 'veteran' || rng.chance(0.2) ? { min: 26, max: 45 } : { min: 18, max: 25 };
  }
  return undefined;
}

/** The background line, with the study or caring note first and any identity the user asked to see. */
function backgroundText(g: GroupContext, culture: Culture, gender: Gender, rng: Rng, followsWish: boolean, prefix: string | undefined): string {
  const base = say(rng.pick(backgroundLinesFor(culture, g.region)), g.language, gender);
  const extras: IdentityExtra[] = followsWish ? [...g.wish.extras] : rng.chance(0.08) ? [rng.pick(['lgbtq', 'faith'] as const)] : [];
  const extraText = extras.map((x) => say(rng.pick(IDENTITY_EXTRAS[x]), g.language, gender));
  return clip([prefix, base, ...extraText].filter(Boolean).join('; '), 200);
}

/** What a peer does at university: a course and year for students, a job for staff. */
function campusNote(g: GroupContext, role: Role, gender: Gender, staff: boolean, rng: Rng): string {
  if (role === 'facilitator') return say(STAFF_NOTES.find((n) => n.en.includes('student support')) ?? rng.pick(STAFF_NOTES), g.language, gender);
  if (staff) return say(rng.pick(STAFF_NOTES), g.language, gender);
  return fill(rng.pick(STUDY_NOTES)[g.language], gender, { year: rng.pick(STUDY_YEARS)[g.language] });
}

/** Draws a peer's profile; `carer` is set for carers and parents. */
export function drawProfile(g: GroupContext, role: Role, condition: ConditionChoice, carer: boolean, r: FieldRng): PeerProfile {
  const follows = (dim: WishDimension): boolean => g.follows.get(dim)?.has(role) ?? false;
  const pack = condition.pack;
  const justDiagnosed = g.situations.includes('just-diagnosed');

  // Gender
  const genderWish = g.prefs.self?.gender ? [g.prefs.self.gender] : g.prefs.genders;
  const gender = sampleGender(r('gender'), genderOdds(pack, carer ? 'carers' : g.format), follows('gender') ? genderWish : undefined);

  // Age and years since diagnosis (for carers: of the person they care for). In higher education the
  // facilitator works in student support, a working Mirror is staff, and the Veteran often is.
  const staff = g.format === 'higher-education'
    && (role === 'facilitator' || (role === 'mirror' ? g.prefs.lifeStage === 'working' : role === 'veteran' && r('staff').chance(0.6)));
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
  const prefix = caredFor ? carerNote(caredFor, g.language) : g.format === 'higher-education' ? campusNote(g, role, gender, staff, r('study')) : undefined;
  const background = backgroundText(g, culture, gender, r('background'), follows('background'), prefix);

  return { gender, age, yearsSinceDiagnosis, ...(caredFor ? { caredFor } : {}), staff, setting, lifeStage, culture, names: nameBankFor(culture, g.region), background };
}
