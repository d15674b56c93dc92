// What a knowledge pack offers a persona's story: lived treatments with their citation keys,
// experience facts grouped by theme, life topics, co-occurring conditions and organisations.
// Everything here is read from the pack; nothing is invented. Keys are flattenPack's "<packId>/<factId>".
import type { LivedTreatment } from '@shared/domain';
import type { CoOccurring, Fact, KnowledgePack, LifeTopic, Organisation, Treatment } from '@shared/knowledge/packSchema';
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

const NOT_EVERYDAY = /surgery|transplant|diet|lifestyle|self-|support|vaccination|programme|technology|automated|transfusion|physical activity|nutritional/i;

/**
 * Whether a treatment is an everyday one (a medicine, an inhaler, a therapy) rather than a one-off or a way
 * of living (surgery, a transplant, a diet, a support service). Story lines name only everyday treatments.
 */
export function isEverydayTreatment(t: Treatment): boolean {
  return !NOT_EVERYDAY.test(t.class) && !/^(stopping|limiting|healthy|supported)/i.test(t.name);
}

/** Co-occurring conditions, those with a pack of their own first (they have more to draw on). */
export function coOccurringChoices(pack: KnowledgePack): CoOccurring[] {
  return [...pack.coOccurring].sort((a, b) => Number(Boolean(b.packId)) - Number(Boolean(a.packId)));
}

/** Where an onset range came from: the pack's onsetAge, an age its demographic notes give, or a neutral default. */
export type OnsetSource = 'onset-age' | 'notes' | 'default';

const onsetCache = new WeakMap<KnowledgePack, { min: number; max: number; from: OnsetSource }>();

/**
 * Onset ages to sample from: the pack's typical range when it gives one; else the age its demographic notes
 * say the condition is more common at ("more common in people aged 65 and over", "most common in people aged
 * 35 to 69"), centred on it; else a neutral adult range. Only the first is a stated onset; the others are
 * sampling choices that keep peers' ages plausible.
 */
export function onsetRange(pack: KnowledgePack | null): { min: number; max: number; from: OnsetSource } {
  if (!pack) return { min: 16, max: 60, from: 'default' };
  const cached = onsetCache.get(pack);
  if (cached) return cached;
  const onset = pack.demographics.onsetAge;
  const range = onset ? { min: onset.min, max: onset.max, from: 'onset-age' as const } : fromNotes(pack) ?? { min: 16, max: 60, from: 'default' as const };
  onsetCache.set(pack, range);
  return range;
}

function fromNotes(pack: KnowledgePack): { min: number; max: number; from: 'notes' } | undefined {
  for (const note of pack.demographics.notes) {
    const text = note.text.toLowerCase();
    if (!/more common|more likely|most common|risk is higher/.test(text)) continue;
    const span = /aged (\d{2}) to (\d{2})/.exec(text);
    if (span) return { min: Number(span[1]), max: Number(span[2]), from: 'notes' };
    const over = /(?:aged|over|older than) (\d{2})(?: and over| or older|\b)/.exec(text);
    if (over) {
      const age = Number(over[1]);
      return { min: Math.max(16, age - 12), max: Math.min(85, age + 12), from: 'notes' };
    }
  }
  return undefined;
}

/** Whether people can live with this condition from childhood, judged from the pack's onset ages or its own words. */
export function startsInChildhood(pack: KnowledgePack): boolean {
  const range = onsetRange(pack);
  if (range.from !== 'default') return range.min < 16;
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
