import type { TopicShelf } from '@shared/knowledge/knowledgeBase';
import type { LibraryRead } from '@shared/knowledge/library/readLibrary';
import { isLibraryTopicId, libraryEntry, LibraryTopic, type LibraryEntry } from '@shared/knowledge/library/libraryTopic';
import { topicPack } from '@shared/knowledge/library/topicPack';
import type { KnowledgePack } from '@shared/knowledge/packSchema';
import type { LibraryDatabase, LibraryStatus } from './libraryDatabase';

/** The stored library: replaced in one transaction, read a topic at a time. */
export class LibraryStore implements TopicShelf {
  constructor(readonly db: LibraryDatabase) {}

  owns(id: string): boolean {
    return isLibraryTopicId(id);
  }

  /** A stored topic as a pack; a row that no longer validates is treated as absent. */
  async topicPack(id: string): Promise<KnowledgePack | undefined> {
    const parsed = LibraryTopic.safeParse(await this.db.topics.get(id));
    return parsed.success ? topicPack(parsed.data) : undefined;
  }

  /** What is stored, or null when there is no library. */
  async status(): Promise<LibraryStatus | null> {
    const row = await this.db.meta.get('library');
    if (!row) return null;
    const { id: _id, ...status } = row;
    return status;
  }

  /** Every topic's search entry (no facts). */
  entries(): Promise<LibraryEntry[]> {
    return this.db.entries.toArray();
  }

  /** One topic's search entry. */
  entry(id: string): Promise<LibraryEntry | undefined> {
    return this.db.entries.get(id);
  }

  /** Replaces the whole library with what was read, all or nothing. */
  async replace(read: LibraryRead, source: LibraryStatus['source'], now = Date.now()): Promise<LibraryStatus> {
    const status: LibraryStatus = {
      generated: read.checked,
      importedAt: now,
      source,
      topics: { en: read.topics.filter((t) => t.language === 'en').length, es: read.topics.filter((t) => t.language === 'es').length },
      facts: read.topics.reduce((n, t) => n + t.facts.length, 0),
      skipped: read.skipped,
    };
    const { db } = this;
    await db.transaction('rw', db.topics, db.entries, db.meta, async () => {
      await Promise.all([db.topics.clear(), db.entries.clear(), db.meta.clear()]);
      await db.topics.bulkPut([...read.topics]);
      await db.entries.bulkPut(read.topics.map(libraryEntry));
      await db.meta.put({ id: 'library', ...status });
    });
    return status;
  }

  /** Deletes the library's whole database (for "erase everything"); nothing can be read from it afterwards. */
  async erase(): Promise<void> {
    await this.db.delete();
  }

  /** Removes the library. */
  async clear(): Promise<void> {
    const { db } = this;
    await db.transaction('rw', db.topics, db.entries, db.meta, async () => {
      await Promise.all([db.topics.clear(), db.entries.clear(), db.meta.clear()]);
    });
  }
}
