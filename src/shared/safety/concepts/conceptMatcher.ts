// Finds concept words in parsed text: a lexicon (concept → words or word sequences) compiled once
// into a lookup by first word, matched against each token's text or lemma. Each match keeps the
// clause it sits in and whether it is under a negation, so callers can read "not … live" as
// something other than "live".
import type { ParsedText } from '../nlp/parse';

/** One concept found in a message. */
export interface ConceptHit<C extends string> {
  readonly concept: C;
  readonly clause: number;
  readonly negated: boolean;
  readonly start: number;
  readonly end: number;
}

interface Entry<C extends string> {
  readonly concept: C;
  readonly words: readonly string[];
}

/** A compiled lexicon. */
export interface ConceptMatcher<C extends string> {
  readonly exact: ReadonlyMap<string, readonly Entry<C>[]>;
  readonly prefixes: readonly Entry<C>[];
}

/** Compiles a lexicon; entries are space-separated words of normalised text, a trailing * on a word matches any ending. */
export function compileLexicon<C extends string>(lexicon: Readonly<Record<C, readonly string[]>>): ConceptMatcher<C> {
  const exact = new Map<string, Entry<C>[]>();
  const prefixes: Entry<C>[] = [];
  for (const concept of Object.keys(lexicon) as C[]) {
    for (const phrase of new Set(lexicon[concept])) {
      const words = phrase.toLowerCase().split(/\s+/).filter((w) => w !== '');
      if (words.length === 0) continue;
      const entry = { concept, words };
      const first = words[0] ?? '';
      if (first.endsWith('*')) prefixes.push(entry);
      else exact.set(first, [...(exact.get(first) ?? []), entry]);
    }
  }
  return { exact, prefixes };
}

const wordMatches = (pattern: string, text: string, lemma: string): boolean =>
  pattern.endsWith('*') ? text.startsWith(pattern.slice(0, -1)) : pattern === text || pattern === lemma;

/** Every concept hit in parsed text (a concept counted once per clause and negation state). */
export function matchConcepts<C extends string>(matcher: ConceptMatcher<C>, parsed: ParsedText): ConceptHit<C>[] {
  const { tokens } = parsed;
  const hits: ConceptHit<C>[] = [];
  const seen = new Set<string>();
  const tryEntry = (entry: Entry<C>, i: number): void => {
    const { words } = entry;
    if (i + words.length > tokens.length) return;
    for (let k = 0; k < words.length; k++) {
      const t = tokens[i + k];
      if (!t || !wordMatches(words[k] ?? '', t.text, k === 0 && words.length === 1 ? t.lemma : t.text)) return;
    }
    const first = tokens[i];
    if (!first) return;
    // A phrase that carries its own negation ("not wake up") is not negated by it.
    const ownNegation = words.some((w) => w === 'not' || w === 'no' || w === 'never' || w === 'without' || w === 'cannot' || w === 'sin' || w === 'nunca');
    const negated = ownNegation ? false : first.negated;
    const key = `${entry.concept}|${first.clause}|${negated}`;
    if (seen.has(key)) return;
    seen.add(key);
    hits.push({ concept: entry.concept, clause: first.clause, negated, start: i, end: i + words.length });
  };
  tokens.forEach((token, i) => {
    for (const entry of matcher.exact.get(token.text) ?? []) tryEntry(entry, i);
    if (token.lemma !== token.text) for (const entry of matcher.exact.get(token.lemma) ?? []) if (entry.words.length === 1) tryEntry(entry, i);
    for (const entry of matcher.prefixes) tryEntry(entry, i);
  });
  return hits;
}
