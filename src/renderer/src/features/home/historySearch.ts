import type { Message } from '../../../../shared/domain';

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

/**
 * Finds messages containing every word of the query (accent- and case-blind), newest first. A direct
 * scan: history lives on one person's machine, and the scan needs no index kept in memory.
 */
export function searchHistory(messages: readonly Message[], query: string, limit = 30): HistoryHit[] {
  const terms = foldText(query).split(/\s+/).filter((t) => t.length > 0);
  if (terms.length === 0) return [];
  const hits: HistoryHit[] = [];
  const newestFirst = [...messages].sort((a, b) => b.createdAt - a.createdAt);
  for (const m of newestFirst) {
    // Folding keeps one character per base letter for the scripts Hearth speaks, so positions carry over.
    const folded = foldText(m.text);
    if (!terms.every((t) => folded.includes(t))) continue;
    const at = folded.indexOf(terms[0] ?? '');
    const start = Math.max(0, at - EXCERPT_RADIUS);
    const end = Math.min(m.text.length, at + (terms[0]?.length ?? 0) + EXCERPT_RADIUS);
    hits.push({ messageId: m.id, groupId: m.groupId, createdAt: m.createdAt, excerpt: `${start > 0 ? '…' : ''}${m.text.slice(start, end).trim()}${end < m.text.length ? '…' : ''}` });
    if (hits.length >= limit) break;
  }
  return hits;
}
