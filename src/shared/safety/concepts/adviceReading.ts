// A peer sentence read for the learned advice model: its concepts in clauses (conceptFeatures.ts)
// with the advice lexicon, plus the concepts of the sentence before it in the same reply ("prev:").
import { ADVICE_LEXICON, type AdviceConcept } from './adviceConcepts';
import { compileLexicon, matchConcepts, type ConceptHit } from './conceptMatcher';
import type { ParsedText } from '../nlp/parse';
import { conceptFeatures, lruCache, parseMessage, type ConceptFeatures } from './conceptFeatures';

const matcher = compileLexicon(ADVICE_LEXICON);

/**
 * Spanish imperatives carry their pronouns on the verb ("súbete", "cámbiatelo", "pídeselo", "dale",
 * "échale"), so no word list can hold every form: an imperative stem followed by clitics is an
 * imperative, as "take"/"toma" are.
 */
const SPANISH_CLITIC_IMPERATIVE = /^(?:toma|sube|baja|quita|pon|pide|cambia|deja|da|echa|di|haz|aguanta|salta|prueba|compra|inyecta|mete|suspende|olvida|aumenta|reduce|espacia|anade|agrega|mezcla|dobla|parte|sigue|espera|salte|tome|suba|baje|quite|ponga|pida|cambie|deje|de)(?:te|le|les|lo|la|los|las|se|selo|sela|selos|selas|telo|tela|melo|mela)$/;

/**
 * The speaker's own conditional offered as the listener's choice: "yo esperaría", "yo no me la
 * pondría", "yo le quitaría…" (the English "I'd…" is in the lexicon: normalising spells it out).
 */
const SPANISH_CONDITIONAL = /^[a-z]+(?:aria|eria|iria)$/;

/** Concept hits the word lists cannot express: Spanish verb forms. */
function morphologyHits(parsed: ParsedText): ConceptHit<AdviceConcept>[] {
  const hits: ConceptHit<AdviceConcept>[] = [];
  const { tokens } = parsed;
  tokens.forEach((t, i) => {
    if (SPANISH_CLITIC_IMPERATIVE.test(t.text)) hits.push({ concept: 'imperative-verb', clause: t.clause, negated: false, start: i, end: i + 1 });
    if (t.text === 'yo') {
      const verb = tokens.slice(i + 1, i + 5).find((n) => n.clause === t.clause && SPANISH_CONDITIONAL.test(n.text));
      if (verb) hits.push({ concept: 'recommend', clause: t.clause, negated: false, start: i, end: tokens.indexOf(verb) + 1 });
    }
  });
  return hits;
}

/** One sentence read as advice concepts. */
export const readSentence = lruCache((text: string): ConceptFeatures<AdviceConcept> => {
  const { parsed } = parseMessage(text);
  return conceptFeatures(parsed, [...matchConcepts(matcher, parsed), ...morphologyHits(parsed)]);
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
