// A user message read for the learned crisis model: its concepts in clauses (conceptFeatures.ts)
// with the crisis lexicon, plus what the user's last few messages were about ("r:" concepts, and
// "x:" pairs of an earlier concept with one of this message). Readings are cached by text.
import { compileLexicon, matchConcepts } from './conceptMatcher';
import { conceptFeatures, lruCache, parseMessage, type ConceptFeatures } from './conceptFeatures';
import { CRISIS_LEXICON, type CrisisConcept } from './crisisConcepts';
import { conceptOfFeature, hasRiskEvidence } from './crisisEvidence';

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
 * Above this many words a message carries enough features for the model to read it alone; at or
 * below it the model's verdict needs risk-bearing evidence. Chosen by cross-validation on the 15
 * fresh authors (eval/README.md): requiring evidence at every length cost 2 points of crisis
 * recall on long messages that name no listed concept, and protected no short everyday line more.
 */
export const SHORT_MESSAGE_WORDS = 8;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * Whether the learned model may raise this message on its own: a message longer than
 * SHORT_MESSAGE_WORDS, or one that, or one of whose recent messages (the model's context window),
 * carries risk-bearing evidence (crisisEvidence.ts). Otherwise the model opens neither the panel nor the ask.
 */
export function crisisEvidence(text: string, recent: readonly string[] = []): boolean {
  if (wordCount(text) > SHORT_MESSAGE_WORDS) return true;
  if (hasRiskEvidence(new Set(conceptsOf(text)))) return true;
  return recent.slice(-CONTEXT_WINDOW).some((r) => hasRiskEvidence(new Set(conceptsOf(r))));
}
