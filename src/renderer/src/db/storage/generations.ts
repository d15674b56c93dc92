import { HearthDatabase } from '../database';
import { createSecureStore, type SecureStore, type SecureStoreOptions } from '../crypto/secureStore';
import { GENERATION_ID } from './generationRow';
import { generationOf, spaceName, type StorageSpaces } from './storageSpaces';

/** Opens one generation's database with encryption installed (not yet initialised). */
export async function openGeneration(spaces: StorageSpaces, name: string, options: SecureStoreOptions = {}): Promise<SecureStore> {
  const space = await spaces.open(name);
  const db = new HearthDatabase(space.databaseName, { indexedDB: space.indexedDB, IDBKeyRange: spaces.keyRange });
  return createSecureStore(db, options, { name, generation: generationOf(name) ?? 0 });
}

/** True when a generation holds everything: the legacy database always, a newer one once its marker is written. */
async function isComplete(store: SecureStore): Promise<boolean> {
  if (store.generation === 0) return true;
  return (await store.db.generation.get(GENERATION_ID))?.complete === true;
}

/** The next free generation number (never 0: the default database is only ever a first start's). */
export async function nextGeneration(spaces: StorageSpaces, after: number): Promise<number> {
  const taken = (await spaces.list()).map((n) => generationOf(n) ?? 0);
  return Math.max(after, ...taken) + 1;
}

/**
 * Opens the current generation: the newest complete one. Everything else is what a move left behind
 * (an older generation not yet deleted, or a newer one the move never finished) and is deleted now.
 * A first start makes the spaces' first generation, complete and empty. The store's vault is initialised.
 */
export async function openCurrentStore(spaces: StorageSpaces, options: SecureStoreOptions = {}): Promise<SecureStore> {
  const names = (await spaces.list()).sort((a, b) => (generationOf(b) ?? 0) - (generationOf(a) ?? 0));
  let current: SecureStore | undefined;
  const leftovers: string[] = [];
  for (const name of names) {
    if (current) {
      leftovers.push(name);
      continue;
    }
    const store = await openGeneration(spaces, name, options);
    if (await isComplete(store)) current = store;
    else {
      store.db.close();
      leftovers.push(name);
    }
  }
  // A leftover that cannot be deleted now is tried again at the next start.
  for (const name of leftovers) await spaces.remove(name).catch(() => undefined);
  if (!current) {
    // Normally the first start; after an interrupted first move, the next number up.
    const name = names.length === 0 ? spaces.first : spaceName(await nextGeneration(spaces, 0));
    current = await openGeneration(spaces, name, options);
    if (current.generation > 0) await current.db.generation.put({ id: GENERATION_ID, number: current.generation, complete: true });
  }
  await current.vault.init();
  return current;
}
