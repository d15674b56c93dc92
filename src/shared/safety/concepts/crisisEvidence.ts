// Whether a message carries any risk-bearing evidence at all, in itself or in the user's recent
// messages. The learned crisis network pools a short message's few features, so one strong word
// (or the "short" feature itself, since every short training line was a crisis line) can decide a
// three-word message: "my head hurts" scored p = 1.000. A message that names nothing a crisis is
// made of (death, not existing, killing, a means, an overdose, self-harm, an emergency-grade body
// sign, harm to others, abuse, a farewell, hopelessness, refusing treatment, the illness as the
// agent…, or two of the everyday words of weariness below) and follows nothing of the kind gets no panel and no ask from the model alone:
// its verdict is the rules' reading (crisisVerdict.ts). The requirement holds for short messages
// (crisisReading.ts, SHORT_MESSAGE_WORDS), where pooling fails; a longer message is left to the
// model, which cross-validation showed catches crisis lines there that name no listed concept.
// A concept counts however its clause holds it (negated, past, a question…): "cant breathe" is a negated breath and still a sign, and the
// model, not this gate, weighs the marks.
import type { CrisisConcept } from './crisisConcepts';

/** Concepts that are risk-bearing on their own. */
const RISK_CONCEPTS: ReadonlySet<CrisisConcept> = new Set<CrisisConcept>([
  'death', 'not-exist', 'kill', 'suicide', 'finality', 'means', 'plan', 'wish', 'ready',
  'illness-wins', 'refuse-treatment', 'farewell', 'bequest', 'hopeless', 'worthless', 'better-off',
  'self-harm', 'injury', 'red-flag', 'blood', 'breath', 'conscious', 'heart', 'fever',
  'harm-other', 'weapon', 'abuse', 'fear', 'figure',
]);

/**
 * Concepts that are risk-bearing only beside another one of the pair: a quantity taken, a glucose
 * reading with a symptom, a severity or a time, living with a wish, an end or weariness ("see you
 * tomorrow" is not about living on), a symptom or pain with a sign of severity ("hi"
 * alone is a greeting, not a meter reading; "my legs hurt" is not an emergency).
 */
const RISK_PAIRS: readonly (readonly [CrisisConcept, readonly CrisisConcept[]])[] = [
  ['quantity', ['ingest']],
  ['live', ['wish', 'want', 'finality', 'hopeless', 'tired', 'worthless', 'burden', 'plan']],
  ['glucose', ['symptom', 'severity', 'now']],
  ['symptom', ['severity']],
  ['pain', ['severity']],
];

/**
 * Everyday words of weariness, rest, solitude, wanting out, feeling a burden, and one's medicines:
 * risk-bearing only beside a second one ("I just want to sleep", "so tired of being alone", "tired
 * of being a burden"), or beside a risk concept above; alone they are everyday talk ("work is
 * tiring" then "tonight feels heavy" opened the panel; "took my meds ✅"). Burden alone is distress
 * by the label spec, in both languages: "I feel like a burden" and "siento que soy una carga" now
 * get the same answer (the network had scored the Spanish line 0.68 and the English 0.002).
 */
const WEAK_CONCEPTS: ReadonlySet<CrisisConcept> = new Set<CrisisConcept>(['tired', 'sleep', 'alone', 'relief', 'escape', 'burden', 'medicine', 'treatment']);

/** The concept a feature names ("c:breath~neg" → "breath"), or undefined for other features. */
export function conceptOfFeature(feature: string): string | undefined {
  if (!feature.startsWith('c:')) return undefined;
  const mark = feature.indexOf('~');
  return mark < 0 ? feature.slice(2) : feature.slice(2, mark);
}

/** Whether a set of concepts (every concept a message holds, however marked) carries risk-bearing evidence. */
export function hasRiskEvidence(concepts: ReadonlySet<string>): boolean {
  let weak = 0; // distinct weak concepts seen
  for (const c of concepts) {
    if (RISK_CONCEPTS.has(c as CrisisConcept)) return true;
    if (WEAK_CONCEPTS.has(c as CrisisConcept) && ++weak >= 2) return true;
  }
  return RISK_PAIRS.some(([a, partners]) => concepts.has(a) && partners.some((b) => concepts.has(b)));
}
