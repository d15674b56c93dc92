import type { SecureStore } from './crypto/secureStore';
import type { StorageSpaces } from './storage/storageSpaces';

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
 * Deletes everything Hearth stored: every database generation whole (groups, messages, profile,
 * settings, safety plan, crisis state, the wrapped key), web storage, caches, and main's part.
 * The store is closed and unusable afterwards; the app reloads to a first start.
 */
export async function eraseEverything(store: SecureStore, spaces: StorageSpaces, targets: EraseTargets): Promise<void> {
  store.vault.lock();
  store.db.close({ disableAutoOpen: true });
  for (const name of new Set([store.spaceName, ...(await spaces.list())])) await spaces.remove(name);
  for (const storage of targets.storages) storage.clear();
  if (targets.caches) for (const name of await targets.caches.keys()) await targets.caches.delete(name);
  await targets.eraseMainSide?.();
}
