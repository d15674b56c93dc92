// Dosing facts: how much of a medicine, when, how it is swallowed, how it is stopped. Offered to a
// peer who was never asked about that medicine, such a fact turns a remark about tiredness into
// talk of someone else's tablets, which is how advice creeps in; so it is offered only when the
// person named the medicine (or its kind) themselves.
import type { FlatFact } from './flattenPack';
import { words } from './textTerms';

const TREATMENT_KINDS: ReadonlySet<FlatFact['kind']> = new Set(['treatment', 'side-effect', 'self-management']);

/** Words that say how a medicine is taken: dose, timing, with what, how it is stopped. English and Spanish. */
const DOSING =
  /\b(doses?|dosing|dosage|\d+(?:[.,]\d+)?\s?(?:mg|mcg|ml|micrograms?|milligrams?)|tablets?|capsules?|pills?|puffs?|swallow(?:ed)?|once a (?:day|week)|twice a (?:day|week)|(?:three|four) times a day|each day|every day|a day\b|daily|in the (?:morning|evening)|at (?:bedtime|night)|before (?:bed|sleep)|first thing|with (?:a |or after )?(?:meal|food|milk|water|breakfast)|empty stomach|same time|stop(?:s|ped|ping)? (?:taking )?(?:\w+ )?(?:suddenly|abruptly)|dosis|comprimidos?|pastillas?|c[aá]psulas?|al d[ií]a|cada d[ií]a|en ayunas|con (?:la )?comida|por la (?:mañana|noche))\b/i;

/** True when a pack fact tells how a treatment is taken (dose, timing, with food, stopping). */
export function isDosingFact(fact: FlatFact): boolean {
  return fact.treatmentId !== undefined && TREATMENT_KINDS.has(fact.kind) && DOSING.test(fact.text);
}

/** Words too general to say which medicine someone means ("medicine", "tablet", "therapy"). */
const GENERIC = new Set([
  'such', 'tablet', 'tablets', 'daily', 'medicine', 'medicines', 'medication', 'medications', 'drug', 'drugs', 'therapy', 'treatment',
  'treatments', 'healthy', 'lifestyle', 'changes', 'regular', 'checks', 'monitoring', 'long', 'acting', 'injectable', 'injectables',
  'inhibitor', 'inhibitors', 'disease', 'modifying', 'anti', 'rheumatic', 'painkillers', 'support', 'people', 'living', 'with', 'plus',
]);

/** The words that name a fact's treatment: its name, the names in brackets, its class (distinctive words and acronyms). */
export function treatmentTerms(fact: Pick<FlatFact, 'treatmentName' | 'treatmentClass'>): string[] {
  const text = `${fact.treatmentName ?? ''} ${fact.treatmentClass ?? ''}`;
  const terms = new Set(words(text).filter((w) => w.length >= 4 && !GENERIC.has(w)));
  // Acronyms ("ART", "NSAID", "SGLT2") name the treatment too, however short.
  for (const acronym of text.match(/\b[A-Z][A-Z0-9]{2,}\b/g) ?? []) terms.add(acronym.toLowerCase());
  return [...terms];
}

/** True when `said` names the fact's treatment (or its kind): the person asked about that medicine. */
export function namesTreatment(said: string, fact: Pick<FlatFact, 'treatmentName' | 'treatmentClass'>): boolean {
  const saidWords = words(said);
  // Long names match on their first six letters, so "steroid" finds "steroids" and "prednisone" finds "prednisolone".
  const same = (a: string, b: string): boolean => a === b || (a.length >= 6 && b.length >= 6 && a.slice(0, 6) === b.slice(0, 6));
  return treatmentTerms(fact).some((term) => saidWords.some((w) => same(w, term)));
}

/** Whether a fact may be offered after the person said `said`: a dosing fact only if they named its medicine. */
export function mayOffer(fact: FlatFact, said: string): boolean {
  return !isDosingFact(fact) || namesTreatment(said, fact);
}
