// Features for the learned crisis backstop: the words and word pairs of the normalised text.
// Pairs matter here because indirect suicidal wording lives in short phrases ("no mum",
// "without me", "not wake") whose single words are everyday talk.
import { normalizeText } from '../normalize';

const WORD = /[a-z0-9]+/g;

/** The words of already-normalised text, in order. */
export function wordsOf(normalized: string): string[] {
  return normalized.match(WORD) ?? [];
}

/** Distinct unigram ("w:dead") and bigram ("b:no more") features of already-normalised text, sorted. */
export function featuresOfNormalized(normalized: string): string[] {
  const words = wordsOf(normalized);
  const features = new Set<string>();
  words.forEach((word, i) => {
    features.add(`w:${word}`);
    const next = words[i + 1];
    if (next !== undefined) features.add(`b:${word} ${next}`);
  });
  return [...features].sort();
}

/** Distinct unigram and bigram features of raw user text (normalised first, as the rules see it). */
export function featuresOf(text: string): string[] {
  return featuresOfNormalized(normalizeText(text));
}
