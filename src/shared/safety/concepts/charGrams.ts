// Character n-grams of a message's words, for the learned models: "pastillas", "pastilla" and a
// typo like "pastilas" share most of them, as do "morirme" and "morir", so spelling, slang and
// Spanish word endings reach the model even when the whole word is new to it.
import { normalizeCached } from '../normalize';

/** Shortest and longest n-gram. */
const MIN_N = 3;
const MAX_N = 5;

/** The distinct character n-grams (3 to 5, with word boundaries "<" and ">") of the words of a normalised text, as "g:" features. */
export function charGrams(text: string): string[] {
  const out = new Set<string>();
  for (const word of normalizeCached(text).split(' ')) {
    if (!/^[a-z]{2,}$/.test(word)) continue;
    const w = `<${word}>`;
    for (let n = MIN_N; n <= MAX_N; n++) for (let i = 0; i + n <= w.length; i++) out.add(`g:${w.slice(i, i + n)}`);
  }
  return [...out];
}

/** The character n-grams of the user's earlier messages, as one bag of "rg:" features (the network reads them as context). */
export function contextGrams(recent: readonly string[]): string[] {
  return [...new Set(recent.flatMap(charGrams))].map((g) => `r${g}`);
}
