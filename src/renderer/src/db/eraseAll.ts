import type { HearthDatabase } from './database';

/** Everything besides the database that may hold a trace of the user in the renderer. */
export interface EraseTargets {
  /** localStorage and sessionStorage (Hearth keeps nothing there, but an erase must not assume it). */
  readonly storages: ReadonlyArray<Pick<Storage, 'clear'>>;
  /** The Cache Storage API, where present. */
  readonly caches?: Pick<CacheStorage, 'keys' | 'delete'>;
  /** The main process's part: the remembered key in the OS keychain, HTTP cache, other site data. */
  readonly eraseMainSide?: () => Promise<void>;
}

/**
 * Deletes everything Hearth stored: the whole IndexedDB database (groups, messages, profile,
 * settings, safety plan, crisis state, the wrapped key), web storage, caches, and main's part.
 * The database handle is closed and unusable afterwards; the app reloads to a first start.
 */
export async function eraseEverything(db: HearthDatabase, targets: EraseTargets): Promise<void> {
  // Dexie closes the connection and deletes the database; blocked deletes wait for other tabs to close.
  await db.delete();
  for (const storage of targets.storages) storage.clear();
  if (targets.caches) for (const name of await targets.caches.keys()) await targets.caches.delete(name);
  await targets.eraseMainSide?.();
}
