import { HearthDatabase } from '../db/database';
import { createRepositories, type Repositories } from '../db/repositories';

/**
 * An incognito group's storage: the same repositories over an IndexedDB that lives only in this
 * page's memory (fake-indexeddb), so nothing reaches the real IndexedDB or the disk. Closing it, or
 * closing Hearth, loses it for good.
 */
export interface IncognitoSpace {
  readonly repositories: Repositories;
  close(): void;
}

export async function openIncognitoSpace(now?: () => number): Promise<IncognitoSpace> {
  // The in-memory engine loads only when someone starts an incognito group: most never do.
  const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
  const db = new HearthDatabase(`hearth-incognito-${globalThis.crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const repositories = createRepositories(db, now);
  return {
    repositories,
    close: () => {
      // Deleting drops the in-memory stores at once instead of waiting for garbage collection.
      void db.delete().catch(() => undefined);
    },
  };
}
