// Models in a multi-party chat drift: they prefix their own name, write the next person's lines,
// or run on. These checks work on the raw stream (before sentence release) and on each sentence.

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the cleaner needs to know about the group. */
export interface SpeakerContext {
  /** The speaker's name as shown (e.g. "Rosa M."). */
  readonly speaker: string;
  /** Everyone else who could be spoken for: other members, the facilitator, "You", the user's label. */
  readonly others: readonly string[];
}

const nameVariants = (name: string): string[] => {
  const first = name.split(/\s+/)[0] ?? name;
  return [...new Set([name, first])].filter((n) => n.length > 0);
};

/** Removes "Rosa:", "**Rosa M.:**", "Rosa M. (AI):" and similar self-labels at the start of a reply. */
export function stripSelfPrefix(text: string, speaker: string): string {
  const names = nameVariants(speaker).map(escape).join('|');
  const prefix = new RegExp(`^\\s*(?:\\*\\*|__)?\\s*(?:${names})\\s*(?:\\((?:AI|IA|peer|facilitator)[^)]*\\))?\\s*(?:\\*\\*|__)?\\s*[:：\\-–—]\\s*(?:\\*\\*|__)?\\s*`, 'i');
  return text.replace(prefix, '');
}

/**
 * The index where the reply starts speaking as someone else (a line that opens with another
 * person's name and a colon), or -1. Everything from there on is dropped.
 */
export function findOtherSpeakerStart(text: string, ctx: SpeakerContext): number {
  const names = ctx.others.flatMap(nameVariants).map(escape);
  if (names.length === 0) return -1;
  const pattern = new RegExp(`(^|\\n)\\s*(?:\\*\\*|__)?\\s*(?:${names.join('|')})\\s*(?:\\([^)]*\\))?\\s*(?:\\*\\*|__)?\\s*[:：]`, 'i');
  const match = pattern.exec(text);
  return match ? match.index : -1;
}

const META = /\b(as an ai( language model)?|i am an ai|i'm an ai|language model|como (una )?ia|modelo de lenguaje)\b/i;

/**
 * A member claiming to be human or denying being an AI ("I'm not an AI, I'm a real person"): the
 * disclosure is the product's first promise, so these are held like frame breaks.
 */
const DENIES_AI = [
  /\b(?:i\s*am|i'?m|im)\s+(?:really\s+|actually\s+|just\s+)?not\s+(?:an?\s+)?(?:ai|a\.i\.|bot|robot|chat\s*bot|machine|computer(?:\s+program)?|program|language model)\b/i,
  /\b(?:i\s*am|i'?m|im)\s+(?:really\s+|actually\s+|just\s+)?(?:an?\s+)?(?:real|actual|living|flesh[- ]and[- ]blood)\s+(?:person|human(?:\s+being)?|woman|man|people)\b/i,
  /\b(?:i\s*am|i'?m|im)\s+(?:really\s+|actually\s+)?(?:a\s+)?human(?:\s+being)?\b/i,
  /\b(?:there'?s|there\s+is)\s+a\s+real\s+(?:person|human)\s+(?:here|behind|typing|writing)\b/i,
  /\bno\s+soy\s+(?:una?\s+)?(?:ia|i\.a\.|bot|robot|m[aá]quina|programa|inteligencia\s+artificial)\b/i,
  /\bsoy\s+(?:una?\s+)?(?:persona|humano|humana|ser\s+humano)\s+(?:real|de\s+verdad|de\s+carne\s+y\s+hueso)\b/i,
  /\bsoy\s+(?:una?\s+)?(?:humano|humana|ser\s+humano)\b/i,
];

/** Sentences that break the frame ("As an AI…") or deny being an AI: dropped. The disclosure is Hearth's job, in the UI. */
export const isMetaSentence = (sentence: string): boolean => META.test(sentence) || DENIES_AI.some((p) => p.test(sentence));

/** Light tidy-up of one released sentence: markdown emphasis, stray quotes, doubled spaces. */
export function tidySentence(sentence: string): string {
  return sentence
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|\s)[*_](\S.*?\S)[*_](?=\s|$|[.,!?])/g, '$1$2')
    .replace(/^[-•]\s+/, '')
    .replace(/^["“](.*)["”]$/, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Limits so a reply stays a chat message, not an essay. */
export interface LengthLimits {
  readonly maxSentences: number;
  readonly maxChars: number;
}

export const DEFAULT_LIMITS: LengthLimits = { maxSentences: 5, maxChars: 700 };

/** True once a reply has said enough: the stream is stopped and the rest discarded. */
export const hasRunOn = (sentences: number, chars: number, limits: LengthLimits = DEFAULT_LIMITS): boolean =>
  sentences >= limits.maxSentences || chars >= limits.maxChars;
