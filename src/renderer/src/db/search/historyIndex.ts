import MiniSearch from 'minisearch';
import type { Message } from '@shared/domain';

/** One search hit: where the message is, so the UI can open the group at it. */
export interface HistoryHit {
  readonly id: string;
  readonly groupId: string;
  readonly seq: number;
  readonly score: number;
}

type Indexed = Pick<Message, 'id' | 'groupId' | 'seq' | 'text'>;

/** Lower case without accents, so "dolor" finds "Dolor" and "medicación" finds "medicacion". */
export const foldTerm = (term: string): string =>
  term
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/**
 * Full-text search over message history, in memory only. It is built from decrypted messages after
 * unlocking and dropped when Hearth locks, so the index never reaches the disk.
 */
export class HistoryIndex {
  private mini = HistoryIndex.create();
  private readonly ids = new Set<string>();

  private static create(): MiniSearch<Indexed> {
    return new MiniSearch<Indexed>({
      fields: ['text'],
      storeFields: ['groupId', 'seq'],
      processTerm: (term) => {
        const folded = foldTerm(term);
        return folded.length > 1 ? folded : null;
      },
    });
  }

  get size(): number {
    return this.ids.size;
  }

  /** Adds or replaces messages (a reply is re-indexed as sentences arrive). */
  upsert(messages: readonly Indexed[]): void {
    const fresh: Indexed[] = [];
    for (const m of messages) {
      if (!m.text) continue;
      if (this.ids.has(m.id)) this.mini.discard(m.id);
      this.ids.add(m.id);
      fresh.push({ id: m.id, groupId: m.groupId, seq: m.seq, text: m.text });
    }
    if (fresh.length) this.mini.addAll(fresh);
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) {
      if (!this.ids.delete(id)) continue;
      this.mini.discard(id);
    }
  }

  removeGroup(groupId: string): void {
    const gone: string[] = [];
    for (const id of this.ids) {
      const stored = this.mini.getStoredFields(id);
      if (stored?.['groupId'] === groupId) gone.push(id);
    }
    this.remove(gone);
  }

  clear(): void {
    this.mini = HistoryIndex.create();
    this.ids.clear();
  }

  /**
   * Messages containing every word of the query (the last word may be unfinished), best first.
   * Optionally within one group.
   */
  search(query: string, options: { readonly groupId?: string; readonly limit?: number } = {}): HistoryHit[] {
    if (!query.trim()) return [];
    const { groupId, limit = 50 } = options;
    const results = this.mini.search(query, {
      combineWith: 'AND',
      // Prefix matching only for the word being typed, and only once it says something.
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
      ...(groupId ? { filter: (r) => r['groupId'] === groupId } : {}),
    });
    return results.slice(0, limit).map((r) => ({ id: String(r.id), groupId: String(r['groupId']), seq: Number(r['seq']), score: r.score }));
  }
}
