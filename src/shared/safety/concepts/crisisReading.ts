// A user message read for the learned crisis model: its concepts in clauses (conceptFeatures.ts)
// with the crisis lexicon, plus what the user's last few messages were about ("r:" concepts, and
// "x:" pairs of an earlier concept with one of this message). Readings are cached by text.
import { compileLexicon, matchConcepts } from './conceptMatcher';
import { conceptFeatures, lruCache, parseMessage, type ConceptFeatures } from './conceptFeatures';
import { CRISIS_LEXICON, type CrisisConcept } from './crisisConcepts';
import type { ModelReach } from '../crisisVerdict';
import { conceptOfFeature, hasRiskEvidence } from './crisisEvidence';
import { fold, isMedicalQuestion } from '../medicalQuestion';

const matcher = compileLexicon(CRISIS_LEXICON);

/** One user message read as crisis concepts. */
export const readMessage = lruCache((text: string): ConceptFeatures<CrisisConcept> => {
  const { parsed } = parseMessage(text);
  return conceptFeatures(parsed, matchConcepts(matcher, parsed));
});

/** How many earlier messages the model reads with the current one. */
export const CONTEXT_WINDOW = 4;

/**
 * The learned crisis model's features for a message with the user's earlier messages (oldest
 * first). The rules' verdict is deliberately not a feature: the rules were tuned on the training
 * authors, so a model trained on their verdicts learns to copy them and misses what they miss.
 */
export function crisisFeatures(text: string, recent: readonly string[] = []): string[] {
  const current = readMessage(text);
  const features = new Set(current.features);
  const earlier = recent.slice(-CONTEXT_WINDOW).map(readMessage);
  const recentPlain = new Set(earlier.flatMap((r) => [...r.plain]));
  // The earlier messages' words, as one bag: a risk spread over several messages is in their words too.
  for (const r of earlier) for (const f of r.features) if (f.startsWith('w:')) features.add(`r${f}`);
  for (const c of recentPlain) {
    features.add(`r:${c}`);
    for (const d of current.plain) features.add(`x:${c}+${d}`);
  }
  if (earlier.length > 0) features.add('r:any');
  return [...features].sort();
}

/** Every concept a message holds, however its clause marks it. */
const conceptsOf = (text: string): string[] => readMessage(text).features.flatMap((f) => conceptOfFeature(f) ?? []);

/**
 * Above this many words a message carries enough features for the model to doubt it alone (the
 * ask); at or below it the model's verdict needs risk-bearing evidence. Chosen by cross-validation
 * on the 15 fresh authors (eval/README.md): requiring evidence for any answer at every length cost
 * 2 points of crisis recall on long messages that name no listed concept.
 */
export const SHORT_MESSAGE_WORDS = 8;

/** Words in a message (whitespace-separated). */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * How high the model alone may raise a message longer than SHORT_MESSAGE_WORDS that carries no
 * risk-bearing evidence. Measured by cross-validation (eval/README.md): capping it at the ask cost
 * a point of crisis recall and saved no measurable share of non-crisis lines from the panel, so
 * the model keeps its full reach there; the ordinary group talk it over-read is now in training.
 */
export const LONG_WITHOUT_EVIDENCE: ModelReach = 'panel';

/**
 * How high the learned model may raise this message on its own: the panel when the message, or one
 * of its recent messages (the model's context window), carries risk-bearing evidence
 * (crisisEvidence.ts); otherwise the ask for a message longer than SHORT_MESSAGE_WORDS, and nothing
 * for a shorter one.
 */
export function modelReach(text: string, recent: readonly string[] = []): ModelReach {
  if (isTreatmentQuestion(text)) return 'none';
  if (riskEvidenceIn(text, recent)) return 'panel';
  return wordCount(text) > SHORT_MESSAGE_WORDS ? LONG_WITHOUT_EVIDENCE : 'none';
}

/**
 * A question asking whether to change one's own treatment ("Should I double my methotrexate?",
 * "¿Puedo dejar la insulina?") is a medical question for the care team — the facilitator redirects
 * it — not an act. The model alone over-read such questions as overdoses (a new user's first dose
 * question opened "Call 911 now"), so for them the rules decide alone: a question that carries an
 * act of harm ("should I just take them all tonight") still meets the rules, and a question that
 * names death, self-harm, harm to others or abuse is left to the model as before. What counts as a
 * treatment question is the planner's own medical-question reading (medicalQuestion.ts).
 */
const OPENS_AS_QUESTION = /^\s*¿?\s*(?:should|can|could|may|do|must|is it|would it be|debo|deberia|puedo|podria|es)\b[^.!]*\?\s*$/;
/** Concepts that keep a question with the model: it names harm, not just a treatment. */
const GRAVE_CONCEPTS: ReadonlySet<string> = new Set(['death', 'not-exist', 'kill', 'suicide', 'self-harm', 'harm-other', 'weapon', 'abuse', 'farewell', 'finality', 'better-off', 'bequest', 'burden', 'hopeless']);

/** Whether the message is a question about changing one's own treatment, with nothing grave in it. */
export function isTreatmentQuestion(text: string): boolean {
  if (!OPENS_AS_QUESTION.test(fold(text)) || !isMedicalQuestion(text)) return false;
  return !conceptsOf(text).some((c) => GRAVE_CONCEPTS.has(c));
}

/** Whether the message, or one of its recent messages (the model's context window), carries risk-bearing evidence. */
export function riskEvidenceIn(text: string, recent: readonly string[] = []): boolean {
  return hasRiskEvidence(new Set(conceptsOf(text))) || recent.slice(-CONTEXT_WINDOW).some((r) => hasRiskEvidence(new Set(conceptsOf(r))));
}
