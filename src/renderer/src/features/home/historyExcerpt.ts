/** One search hit: the message and a short excerpt around the first matching word. */
export interface HistoryHit {
  readonly messageId: string;
  readonly groupId: string;
  readonly createdAt: number;
  readonly excerpt: string;
}

/** Lower case without accents, so "corazon" finds "corazón" and "Fatigue" finds "fatigue". */
export const foldText = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const EXCERPT_RADIUS = 60;

/** A short excerpt of a message around the first word of the query. */
export function excerptFor(text: string, query: string): string {
  const first = foldText(query).split(/\s+/).find((t) => t.length > 0) ?? '';
  // Folding keeps one character per base letter for the scripts Hearth speaks, so positions carry over.
  const at = Math.max(0, foldText(text).indexOf(first));
  const start = Math.max(0, at - EXCERPT_RADIUS);
  const end = Math.min(text.length, at + first.length + EXCERPT_RADIUS);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
