import type { Citation } from '../domain';
import type { FlatFact } from '../knowledge/flattenPack';

const MARKER = /\s?\[(\d+(?:\s*,\s*\d+)*)\]/g;

/** The facts a turn offers for citation, numbered from 1 in the order given to the model. */
export type NumberedFacts = readonly FlatFact[];

/** A citation chip for fact number `marker` (1-based). */
export function citationFor(fact: FlatFact, marker: number): Citation | undefined {
  const source = fact.sources[0];
  if (!source) return undefined;
  return { marker, factKey: fact.key, title: source.title, publisher: source.publisher, url: source.url, origin: fact.origin };
}

/**
 * Resolves `[n]` markers in a sentence against the turn's numbered facts. Markers that point at no
 * fact (the model invented a number) are removed from the text; valid ones are kept and returned.
 */
export function resolveCitations(sentence: string, facts: NumberedFacts): { text: string; citations: Citation[] } {
  const citations = new Map<number, Citation>();
  const text = sentence.replace(MARKER, (_all, list: string) => {
    const kept = list
      .split(',')
      .map((n) => Number(n.trim()))
      .filter((n) => {
        const fact = facts[n - 1];
        const citation = fact ? citationFor(fact, n) : undefined;
        if (citation) citations.set(n, citation);
        return Boolean(citation);
      });
    return kept.length ? ` [${kept.join(', ')}]` : '';
  });
  return { text: text.replace(/\s+([.!?,;:])/g, '$1').replace(/\s{2,}/g, ' ').trim(), citations: [...citations.values()] };
}

const STATISTIC = /(\d+(?:[.,]\d+)?\s?(%|percent|per cent|por ciento))|\b\d+\s+(in|out of|de cada)\s+\d+\b|\b\d+(?:[.,]\d+)?\s+(million|millones|thousand|mil|billion)\b|\b(most|majority|la mayor[ií]a)\s+(of\s+)?(people|patients|pacientes|personas)\b/i;
const FIRST_PERSON = /\b(i|i'm|i've|i'd|my|me|mine|yo|mi|mis|me|conmigo)\b/i;
const CLAIM_VERB = /\b(causes?|cures?|prevents?|reduces?|increases?|works?|is safe|are safe|is dangerous|damages?|causa|cura|previene|reduce|funciona|es seguro)\b/i;

/**
 * True when a sentence states a statistic or a general claim about a treatment without citing a
 * fact: such a sentence is not presented as fact (the guard holds it back). A peer's first-person
 * experience ("metformin upset my stomach") is not a general claim.
 */
export function isUnsourcedClaim(sentence: string, treatmentNames: readonly string[]): boolean {
  if (/\[\d+/.test(sentence)) return false;
  if (STATISTIC.test(sentence)) return true;
  const lower = sentence.toLowerCase();
  const namesTreatment = treatmentNames.some((n) => n.length > 3 && lower.includes(n.toLowerCase()));
  return namesTreatment && CLAIM_VERB.test(sentence) && !FIRST_PERSON.test(sentence);
}
