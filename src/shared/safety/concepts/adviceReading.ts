// A peer sentence read for the learned advice model: its concepts in clauses (conceptFeatures.ts)
// with the advice lexicon, plus the concepts of the sentence before it in the same reply ("prev:").
import { ADVICE_LEXICON, type AdviceConcept } from './adviceConcepts';
import { compileLexicon, matchConcepts } from './conceptMatcher';
import { conceptFeatures, lruCache, parseMessage, type ConceptFeatures } from './conceptFeatures';

const matcher = compileLexicon(ADVICE_LEXICON);

/** One sentence read as advice concepts. */
export const readSentence = lruCache((text: string): ConceptFeatures<AdviceConcept> => {
  const { parsed } = parseMessage(text);
  return conceptFeatures(parsed, matchConcepts(matcher, parsed));
});

/** The learned advice model's features for a sentence and the one before it. */
export function adviceFeatures(sentence: string, previous?: string): string[] {
  const features = new Set(readSentence(sentence).features);
  // The sentence before is often a question ("should I skip it?"), so its concepts count however its clauses hold them.
  if (previous !== undefined && previous.trim() !== '') {
    for (const f of readSentence(previous).features) if (f.startsWith('c:')) features.add(`prev:${f.slice(2).split('~')[0] ?? ''}`);
  }
  return [...features].sort();
}
