import type { HearthDatabase } from '../database';
import { HistoryIndex, type HistoryHit } from './historyIndex';
import { searchFeedMiddleware } from './searchFeed';

const CHUNK = 1000;

/**
 * History search for one database: installs the feed that keeps the index current, builds the index
 * from (decrypted) messages on demand, and drops it when Hearth locks.
 */
export class HistorySearch {
  private readonly index = new HistoryIndex();
  private building: Promise<void> | undefined;
  private live = false;

  constructor(private readonly db: HearthDatabase) {
    db.use(searchFeedMiddleware(this.index, { isLive: () => this.live, onRangeDeleted: () => this.reset() }));
  }

  get ready(): boolean {
    return this.live;
  }

  /** Reads every message once, in chunks by primary key, and indexes it. Safe to call repeatedly. */
  build(): Promise<void> {
    this.building ??= (async () => {
      this.live = true;
      let after: string | undefined;
      for (;;) {
        const batch = await (after === undefined ? this.db.messages.orderBy('id') : this.db.messages.where('id').above(after)).limit(CHUNK).toArray();
        this.index.upsert(batch);
        const last = batch.at(-1);
        if (!last || batch.length < CHUNK) break;
        after = last.id;
      }
    })().catch((error: unknown) => {
      this.reset();
      throw error;
    });
    return this.building;
  }

  /** Forgets the whole index (on lock, or when a group's messages were deleted by range). */
  reset(): void {
    this.live = false;
    this.building = undefined;
    this.index.clear();
  }

  async search(query: string, options: { readonly groupId?: string; readonly limit?: number } = {}): Promise<HistoryHit[]> {
    await this.build();
    return this.index.search(query, options);
  }

  get size(): number {
    return this.index.size;
  }
}
