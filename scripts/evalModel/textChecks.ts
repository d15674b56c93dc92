// What the harness reads in a model's raw words (before Hearth's guard and cleaner touch them): the
// language it wrote in, citation markers, lines written for other members, and words that break the
// peer's character. Plain heuristics, the same for every model, so models compare fairly.
import type { Language } from '@shared/domain';

const STOPWORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set('the and is are was were you your i my me it that this with for have has what when but not they them just really about'.split(' ')),
  es: new Set('el la los las y es son fue eres tu tus yo mi me que con para por tengo tiene pero no ellos muy cuando también una uno del al lo se'.split(' ')),
};

const words = (text: string): string[] => text.toLowerCase().normalize('NFC').match(/[\p{L}']+/gu) ?? [];

/** The language a text is mostly written in, by common words; undefined when too short to tell. */
export function detectLanguage(text: string): Language | undefined {
  const counts = { en: 0, es: 0 };
  for (const w of words(text)) {
    if (STOPWORDS.en.has(w)) counts.en += 1;
    if (STOPWORDS.es.has(w)) counts.es += 1;
  }
  if (counts.en + counts.es < 3) return undefined;
  return counts.es > counts.en ? 'es' : 'en';
}

/** A reply that drifted out of the group's language (too short to tell counts as not drifted). */
export function driftedFrom(language: Language, text: string): boolean {
  const found = detectLanguage(text);
  return found !== undefined && found !== language;
}

/** Citation markers like [1] or [2, 3] in a text, as numbers. */
export function citationMarkers(text: string): number[] {
  const out: number[] = [];
  for (const [, inner] of text.matchAll(/\[(\d+(?:\s*,\s*\d+)*)\]/g)) for (const n of (inner ?? '').split(',')) out.push(Number(n.trim()));
  return out;
}

/** How many facts a speaker's prompt offered for citation ("[n] …" lines under FACTS YOU MAY CITE). */
export function factsOffered(prompt: string): number {
  const block = /FACTS YOU MAY CITE[^\n]*\n([\s\S]*?)(?:\n\n|$)/.exec(prompt)?.[1] ?? '';
  return block.split('\n').filter((l) => /^\[\d+\] /.test(l)).length;
}

/** Citations that point at a fact offered, and those that do not (a number out of range, or citing when none were offered). */
export function citationValidity(text: string, offered: number): { valid: number; invalid: number } {
  const markers = citationMarkers(text);
  const valid = markers.filter((n) => n >= 1 && n <= offered).length;
  return { valid, invalid: markers.length - valid };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when the reply writes a line as someone else ("Rosa M.: …", "New member: …"). */
export function speaksForOthers(text: string, others: readonly string[]): boolean {
  if (others.length === 0) return false;
  const names = others.map(escape).join('|');
  return new RegExp(`(?:^|\\n|[.!?]\\s+)\\**(?:${names})\\**\\s*:`, 'i').test(text);
}

const OUT_OF_CHARACTER = [
  /\bas an ai\b/i,
  /\bi(?:'m| am) (?:just |only )?an? (?:ai|artificial intelligence|language model|chatbot|bot|assistant)\b/i,
  /\blanguage model\b/i,
  /\bai assistant\b/i,
  /\bi (?:do not|don't) have (?:personal )?(?:experiences?|a body|feelings)\b/i,
  /\bcomo (?:una |un )?(?:ia|inteligencia artificial|modelo de lenguaje)\b/i,
  /\bsoy (?:una |un )?(?:ia|inteligencia artificial|modelo de lenguaje|asistente|chatbot)\b/i,
  /\bmodelo de lenguaje\b/i,
  /\bno tengo experiencias? personal(?:es)?\b/i,
  // The prompt's own scaffolding leaking into a reply.
  /\b(?:NOW SPEAKING|YOUR TASK|FACTS YOU MAY CITE|SAFETY RULES|HEARTH'S POLICY)\b/,
];

/** True when the reply steps out of the peer's character (talks as an AI or assistant, or echoes the prompt). */
export function breaksCharacter(text: string): boolean {
  return OUT_OF_CHARACTER.some((re) => re.test(text));
}

/** Sentences of a text (ending in . ! ? or the end). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const trigrams = (text: string): Set<string> => {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i += 1) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
};

/** Overlap of two replies' word trigrams (Jaccard, 0–1): near 1 means one peer repeats another. */
export function similarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared += 1;
  return shared / (ta.size + tb.size - shared);
}

/** The first three words, lower-cased: two peers opening the same way reads as an echo. */
export function opening(text: string): string {
  return words(text).slice(0, 3).join(' ');
}
