// What a knowledge pack offers a persona's story: lived treatments with their citation keys,
// experience facts grouped by theme, life topics, co-occurring conditions and organisations.
// Everything here is read from the pack; nothing is invented. Keys are flattenPack's "<packId>/<factId>".
import type { LivedTreatment } from '../../domain';
import type { CoOccurring, Fact, KnowledgePack, LifeTopic, Organisation, Treatment } from '../../knowledge/packSchema';
import type { Rng } from './random';

/** Themes a story can be about; each is matched to the pack's experience facts by plain keywords. */
export const THEMES = ['fatigue', 'pain', 'flares', 'sleep', 'mood', 'tests', 'food', 'breathing', 'skin', 'fog', 'bowel', 'seizures'] as const;
export type Theme = (typeof THEMES)[number];

const THEME_WORDS: Readonly<Record<Theme, RegExp>> = {
  fatigue: /fatigue|tired|exhaust|energy/i,
  pain: /\bpain|aches?\b|sore\b|cramp/i,
  flares: /flare|relapse|come and go|comes and goes|unpredictab|attacks?\b|crisis|crises|episodes?\b/i,
  sleep: /sleep|insomnia|night/i,
  mood: /depress|anxi|mood|worr|emotion|stress/i,
  tests: /tests?\b|check-?ups?|scans?\b|appointments?|monitor|reviews?\b/i,
  food: /\bfood|\bdiet|\beat|meals?\b|gluten|weight/i,
  breathing: /breath|wheez|cough|inhaler|lungs?\b/i,
  skin: /\bskin|rash|itch|patches|plaques/i,
  fog: /brain fog|concentrat|memory|thinking/i,
  bowel: /toilet|bowel|diarrh|urgen|poo\b|stool/i,
  seizures: /seizure|fit\b|fits\b/i,
};

/** A pack's story material, ready for the story banks. */
export interface PackMaterial {
  readonly pack: KnowledgePack;
  readonly themes: ReadonlyMap<Theme, readonly string[]>;
  /** Life topics by kind, those for the user's country (or INTL) first. */
  readonly lifeTopics: ReadonlyMap<string, readonly LifeTopic[]>;
  readonly organisations: readonly Organisation[];
}

/** The citation key of a fact in a pack. */
export const factKey = (pack: KnowledgePack, fact: Pick<Fact, 'id'>): string => `${pack.id}/${fact.id}`;

// Packs are immutable once loaded, so their material is worked out once per pack and country.
const materialCache = new WeakMap<KnowledgePack, Map<string, PackMaterial>>();

/** Reads a pack into story material for a user in `country` (cached per pack object). */
export function packMaterial(pack: KnowledgePack, country: string): PackMaterial {
  const perCountry = materialCache.get(pack) ?? new Map<string, PackMaterial>();
  materialCache.set(pack, perCountry);
  const cached = perCountry.get(country);
  if (cached) return cached;
  const made = readMaterial(pack, country);
  perCountry.set(country, made);
  return made;
}

function readMaterial(pack: KnowledgePack, country: string): PackMaterial {
  const themes = new Map<Theme, string[]>();
  for (const fact of [...pack.experiences, ...pack.overview]) {
    for (const theme of THEMES) {
      if (THEME_WORDS[theme].test(fact.text)) themes.set(theme, [...(themes.get(theme) ?? []), factKey(pack, fact)]);
    }
  }
  const local = (c: string): number => (c === country ? 0 : c === 'INTL' ? 1 : 2);
  const lifeTopics = new Map<string, LifeTopic[]>();
  for (const topic of [...pack.lifeTopics].sort((a, b) => local(a.country) - local(b.country))) {
    lifeTopics.set(topic.topic, [...(lifeTopics.get(topic.topic) ?? []), topic]);
  }
  const organisations = pack.organisations.filter((o) => o.country === country || o.country === 'INTL');
  return { pack, themes, lifeTopics, organisations };
}

/** Treatments ordered for a Specialist: those with side-effect facts first, then those with tips. */
export function specialistTreatments(pack: KnowledgePack): Treatment[] {
  const score = (t: Treatment): number => (t.sideEffects.length > 0 ? 2 : 0) + (t.selfManagement.length > 0 ? 1 : 0);
  return [...pack.treatments].sort((a, b) => score(b) - score(a));
}

/**
 * A treatment as this persona lived it: the side effects they had and the self-management points they use,
 * a seeded subset of the pack's, always with at least one of each where the pack has any.
 */
export function livedTreatment(pack: KnowledgePack, treatment: Treatment, rng: Rng, full = false): LivedTreatment {
  const some = (facts: readonly Fact[]): string[] => {
    if (facts.length === 0) return [];
    const n = full ? facts.length : rng.int(1, Math.min(2, facts.length));
    return rng.shuffle(facts).slice(0, n).map((f) => factKey(pack, f));
  };
  return {
    treatmentId: treatment.id,
    name: treatment.name,
    sideEffectKeys: some(treatment.sideEffects),
    tipKeys: some(treatment.selfManagement),
    purposeKey: factKey(pack, treatment.purpose),
  };
}

/** Co-occurring conditions, those with a pack of their own first (they have more to draw on). */
export function coOccurringChoices(pack: KnowledgePack): CoOccurring[] {
  return [...pack.coOccurring].sort((a, b) => Number(Boolean(b.packId)) - Number(Boolean(a.packId)));
}

/** Onset ages to sample from: the pack's typical range when it gives one, otherwise a neutral adult range. */
export function onsetRange(pack: KnowledgePack | null): { min: number; max: number; sourced: boolean } {
  const onset = pack?.demographics.onsetAge;
  return onset ? { min: onset.min, max: onset.max, sourced: true } : { min: 16, max: 60, sourced: false };
}

/** Whether people can live with this condition from childhood, judged from the pack's onset figure or its own words. */
export function startsInChildhood(pack: KnowledgePack): boolean {
  const onset = pack.demographics.onsetAge;
  if (onset) return onset.min < 16;
  const texts = [...pack.overview, ...pack.experiences, ...pack.demographics.notes].map((f) => f.text);
  // Narrow phrases only: "children can have it too" says little about how often it starts in childhood.
  return texts.some((t) => /\b(begins?|starts?|develops?|appears?)\b[^.]{0,40}\bchildhood\b|\binherited (disorder|condition|disease)s?\b|\bborn with\b|\bare children\b/i.test(t));
}

// Conditions that have not existed for long: nobody can have lived with them for decades.
const SHORT_HISTORY: readonly (readonly [RegExp, number])[] = [
  // COVID-19 began at the end of 2019, so long COVID can be at most a few years old.
  [/covid/i, 5],
];

/** The most years anyone can have lived with this condition (80 when nothing limits it). */
export function maxYearsWith(pack: KnowledgePack | null): number {
  if (!pack) return 80;
  const names = [pack.name, ...pack.synonyms].join(' ');
  return SHORT_HISTORY.find(([pattern]) => pattern.test(names))?.[1] ?? 80;
}
