// Structure for the safety classifiers: wink-nlp tokenises and tags the normalised text (part of
// speech, lemma, the scope of "not"), and this file cuts each sentence into clauses and reads what
// each clause is: negated, past, long ago, hypothetical, a question, someone else's words, whose
// clause it is. Concepts found in a clause carry those marks, so "I didn't do it. But I wanted to."
// negates only its first clause, and "I had a stroke 5 years ago" is history in its own clause only.
// wink-nlp runs at about 0.05 ms a message here (its English model; Spanish text is tokenised by
// the same model and read by the Spanish words of the concept lexicon).
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One token of the normalised text. */
export interface Token {
  readonly text: string;
  readonly lemma: string;
  /** Universal part of speech (VERB, NOUN, PRON, AUX, CCONJ, SCONJ, PUNCT…). */
  readonly pos: string;
  /** Inside the scope of a negation ("not", "never", "n't"), per wink-nlp's negation model and the Spanish negators. */
  readonly negated: boolean;
  readonly clause: number;
}

/** Who a clause is about, from its subject. */
export type ClauseSubject = 'self' | 'other' | 'you' | 'none';

/** What a clause is, as a whole. */
export interface Clause {
  readonly index: number;
  readonly sentence: number;
  readonly from: number;
  readonly to: number;
  readonly subject: ClauseSubject;
  readonly past: boolean;
  readonly longAgo: boolean;
  readonly hypothetical: boolean;
  readonly question: boolean;
  /** Someone else's words or thoughts reported ("she said she wants to die"). */
  readonly reported: boolean;
}

/** A parsed message: its tokens and its clauses. */
export interface ParsedText {
  readonly tokens: readonly Token[];
  readonly clauses: readonly Clause[];
}

let nlp: WinkMethods | null = null;
const wink = (): WinkMethods => (nlp ??= winkNLP(model, ['sbd', 'negation', 'pos']));

/** Clause breaks: conjunctions that start a new proposition, and clause punctuation. */
const BREAK_WORDS = new Set(['but', 'and', 'or', 'so', 'because', 'cause', 'although', 'though', 'however', 'while', 'whereas', 'since', 'until', 'unless', 'when', 'whenever', 'if', 'pero', 'y', 'o', 'porque', 'aunque', 'cuando', 'si', 'mientras', 'sino', 'entonces']);
const BREAK_PUNCT = new Set([',', ';', ':', '.', '!', '?', '-']);

const SELF = new Set(['i', 'me', 'myself', 'we', 'yo', 'me', 'nosotros']);
const YOU = new Set(['you', 'your', 'yourself', 'tu', 'usted', 'te']);
const OTHER = new Set([
  'he', 'she', 'they', 'him', 'her', 'them', 'someone', 'somebody', 'people', 'everyone', 'friend', 'mum', 'mom', 'dad', 'mother', 'father',
  'brother', 'sister', 'son', 'daughter', 'husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'grandma', 'grandpa', 'uncle', 'aunt', 'cousin',
  'kid', 'child', 'baby', 'patient', 'character', 'doctor', 'nurse', 'el', 'ella', 'ellos', 'ellas', 'alguien', 'amigo', 'amiga', 'mama', 'papa',
  'hermano', 'hermana', 'hijo', 'hija', 'esposo', 'esposa', 'novio', 'novia', 'abuela', 'abuelo',
]);

/** Past forms the lemma alone does not show (wink's lemma of "was" is "be"). */
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'used', 'fue', 'era', 'estaba', 'tuve', 'tenia', 'hice', 'intente', 'quise']);
const LONG_AGO = /\b(?:ago|used to|years back|back then|back in|in the past|when i was|as a (?:kid|teen|teenager|child)|in (?:high school|college|uni|my teens|my twenties)|last (?:year|month|summer|winter|spring|autumn|fall)|hace (?:anos|meses|tiempo)|de (?:joven|nino|nina|adolescente)|cuando era|el ano pasado)\b/;
const HYPOTHETICAL_START = new Set(['if', 'si', 'whether', 'suppose', 'imagine', 'incase']);
const QUESTION_START = new Set(['how', 'what', 'why', 'when', 'where', 'who', 'which', 'is', 'are', 'does', 'do', 'did', 'can', 'could', 'should', 'would', 'will', 'anyone', 'como', 'que', 'cual', 'cuando', 'donde', 'quien', 'por']);
const SAY_VERBS = new Set(['say', 'tell', 'text', 'write', 'post', 'message', 'admit', 'confide', 'ask', 'think', 'claim', 'read', 'hear', 'decir', 'dijo', 'dice', 'escribio', 'conto']);
const SPANISH_NEGATORS = new Set(['no', 'nunca', 'jamas', 'tampoco', 'ni', 'sin']);
const SPANISH_HINT = /\b(?:que|quiero|estoy|mis|pero|porque|tengo|para|ya no|nada|nunca|hoy|todo)\b/;

const POSSESSIVE: Readonly<Record<string, ClauseSubject>> = { my: 'self', our: 'self', mi: 'self', mis: 'self', your: 'you', tu: 'you', tus: 'you', his: 'other', her: 'other', their: 'other', su: 'other', sus: 'other' };

/** Who a clause is about: its first pronoun or noun; "my sister" is someone else, "my chest" is the speaker. */
function subjectOf(words: readonly Token[]): ClauseSubject {
  const at = words.findIndex((t) => t.pos === 'PRON' || t.pos === 'PROPN' || t.pos === 'NOUN' || SELF.has(t.text) || OTHER.has(t.text) || t.text in POSSESSIVE);
  const first = words[at];
  if (!first) return 'none';
  const owner = POSSESSIVE[first.text];
  if (owner) {
    const noun = words.slice(at + 1, at + 3).find((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
    return noun && OTHER.has(noun.text) ? 'other' : owner;
  }
  if (SELF.has(first.text)) return 'self';
  if (YOU.has(first.text)) return 'you';
  return OTHER.has(first.text) || first.pos === 'PROPN' ? 'other' : 'none';
}

/** Tokenises, tags and cuts normalised text into clauses. */
export function parseText(normalized: string): ParsedText {
  const its = wink().its;
  const doc = wink().readDoc(normalized);
  const spanish = SPANISH_HINT.test(normalized);
  const tokens: Token[] = [];
  const clauses: Clause[] = [];
  doc.sentences().each((sentence, sentenceIndex) => {
    const texts = sentence.tokens().out(its.value) as string[];
    // wink's typings declare lemma with an addons argument its out() does pass; read it as a plain string helper.
    const lemmas = sentence.tokens().out(its.lemma as unknown as typeof its.value) as string[];
    const tags = sentence.tokens().out(its.pos) as string[];
    const negs = sentence.tokens().out(its.negationFlag) as boolean[];
    const isQuestion = texts[texts.length - 1] === '?' || QUESTION_START.has(texts[0] ?? '');
    let start = tokens.length;
    let reportedFromHere = false;
    // Spanish negators scope to the end of their clause, as wink's English ones do.
    let spanishNegation = false;
    const closeClause = (end: number): void => {
      if (end <= start) return;
      const words = tokens.slice(start, end);
      const clauseText = words.map((t) => t.text).join(' ');
      const firstWord = words.find((t) => t.pos !== 'PUNCT' && t.pos !== 'CCONJ')?.text ?? '';
      const subject = subjectOf(words);
      const past = words.some((t) => PAST_AUX.has(t.text) || ((t.pos === 'VERB' || t.pos === 'AUX') && t.text !== t.lemma && t.text.endsWith('ed')));
      const index = clauses.length;
      const saysSomething = subject === 'other' && words.some((t) => SAY_VERBS.has(t.lemma));
      clauses.push({
        index,
        sentence: sentenceIndex,
        from: start,
        to: end,
        subject,
        past,
        longAgo: LONG_AGO.test(clauseText),
        hypothetical: HYPOTHETICAL_START.has(firstWord) || /\bwhat if\b|\bin case\b/.test(clauseText),
        question: isQuestion,
        reported: reportedFromHere,
      });
      for (let i = start; i < end; i++) (tokens[i] as { clause: number }).clause = index;
      if (saysSomething) reportedFromHere = true;
      start = end;
      spanishNegation = false;
    };
    texts.forEach((text, i) => {
      const pos = tags[i] ?? 'X';
      if ((BREAK_WORDS.has(text) && pos !== 'ADP') || (BREAK_PUNCT.has(text) && i > 0)) closeClause(tokens.length);
      const negated = (negs[i] ?? false) || spanishNegation;
      tokens.push({ text, lemma: lemmas[i] ?? text, pos, negated, clause: clauses.length });
      if (spanish && SPANISH_NEGATORS.has(text)) spanishNegation = true;
      if (BREAK_PUNCT.has(text)) spanishNegation = false;
    });
    closeClause(tokens.length);
  });
  return { tokens, clauses };
}
