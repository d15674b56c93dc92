// Turns a parsed text and its concept hits into sparse binary features: each concept with how its
// clause holds it (plainly, negated, past, long ago, hypothetical, a question, about someone else,
// in someone else's words), pairs of concepts held plainly in one clause ("p:") and in one text
// ("m:"), content words under a negation ("n:"), the words and word pairs ("w:", "b:"), and the
// shape of the text (who its clauses are about, an opening imperative, length).
import type { Clause, ParsedText } from '../nlp/parse';
import { normalizeCached } from '../normalize';
import { parseText } from '../nlp/parse';
import type { ConceptHit } from './conceptMatcher';

type Mark = 'neg' | 'past' | 'ago' | 'hyp' | 'q' | 'other' | 'rep';

function marksOf(negated: boolean, clause: Clause | undefined): Mark[] {
  const marks: Mark[] = [];
  if (negated) marks.push('neg');
  if (!clause) return marks;
  if (clause.longAgo) marks.push('ago');
  else if (clause.past) marks.push('past');
  if (clause.hypothetical) marks.push('hyp');
  if (clause.question) marks.push('q');
  if (clause.subject === 'other') marks.push('other');
  if (clause.reported) marks.push('rep');
  return marks;
}

function addPairs(items: readonly string[], prefix: string, out: Set<string>): void {
  const sorted = [...new Set(items)].sort();
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) out.add(`${prefix}${sorted[i]}+${sorted[j]}`);
}

const WORD = /^[a-z0-9][a-z0-9%.']*$/;
const CONTENT = new Set(['VERB', 'NOUN', 'ADJ', 'ADV', 'PROPN']);

/** The concepts a text holds plainly, and its features. */
export interface ConceptFeatures<C extends string> {
  readonly plain: ReadonlySet<C>;
  readonly features: readonly string[];
}

/** Features of a parsed text from its concept hits. */
export function conceptFeatures<C extends string>(parsed: ParsedText, hits: readonly ConceptHit<C>[]): ConceptFeatures<C> {
  const features = new Set<string>();
  const plain = new Set<C>();
  const plainByClause = new Map<number, C[]>();
  for (const hit of hits) {
    const marks = marksOf(hit.negated, parsed.clauses[hit.clause]);
    if (marks.length === 0) {
      features.add(`c:${hit.concept}`);
      plain.add(hit.concept);
      plainByClause.set(hit.clause, [...(plainByClause.get(hit.clause) ?? []), hit.concept]);
    } else {
      for (const mark of marks) features.add(`c:${hit.concept}~${mark}`);
    }
  }
  for (const concepts of plainByClause.values()) addPairs(concepts, 'p:', features);
  addPairs([...plain], 'm:', features);
  const words = parsed.tokens.filter((t) => WORD.test(t.text));
  words.forEach((t, i) => {
    features.add(`w:${t.text}`);
    const next = words[i + 1];
    if (next && next.clause === t.clause) features.add(`b:${t.text} ${next.text}`);
    if (t.negated && CONTENT.has(t.pos)) features.add(`n:${t.lemma}`);
  });
  for (const c of parsed.clauses) if (c.subject !== 'none') features.add(`s:${c.subject}`);
  const first = parsed.tokens[0];
  if (first && first.pos === 'VERB' && first.lemma === first.text) features.add('s:imperative');
  if (words.length <= 4) features.add('len:short');
  else if (words.length >= 40) features.add('len:long');
  return { plain, features: [...features] };
}

/** A text normalised and parsed. */
export interface ParsedMessage {
  readonly normalized: string;
  readonly parsed: ParsedText;
}

const CACHE_SIZE = 64;

/** A small least-recently-used cache keyed by text, so the recent messages of a conversation are read once. */
export function lruCache<V>(compute: (text: string) => V, size = CACHE_SIZE): (text: string) => V {
  const cache = new Map<string, V>();
  return (text: string): V => {
    const hit = cache.get(text);
    if (hit !== undefined) {
      cache.delete(text);
      cache.set(text, hit);
      return hit;
    }
    const value = compute(text);
    cache.set(text, value);
    if (cache.size > size) cache.delete(cache.keys().next().value ?? '');
    return value;
  };
}

/** Normalises and parses a raw text. */
export function parseMessage(text: string): ParsedMessage {
  const normalized = normalizeCached(text);
  return { normalized, parsed: parseText(normalized) };
}
