import type { IndexableType } from 'dexie';
import type { HearthDatabase } from '../database';
import type { SecureStore, SecureStoreOptions } from '../crypto/secureStore';
import { GENERATION_ID } from './generationRow';
import { nextGeneration, openGeneration } from './generations';
import { spaceName, type StorageSpaces } from './storageSpaces';

/** Tables that belong to a generation itself and are never copied. */
const OWN_TABLES = new Set(['keystore', 'generation']);
const PAGE = 500;

/** Copies every row of every table, page by page in primary-key order, through both stores' encryption. */
async function copyAll(from: HearthDatabase, to: HearthDatabase): Promise<number> {
  let copied = 0;
  for (const table of from.tables) {
    if (OWN_TABLES.has(table.name)) continue;
    const target = to.table(table.name);
    let last: IndexableType | undefined;
    for (;;) {
      const page = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(PAGE).toArray();
      if (page.length === 0) break;
      await target.bulkPut(page);
      copied += page.length;
      last = (page[page.length - 1] as { id: IndexableType }).id;
    }
  }
  return copied;
}

/**
 * Moves everything into a fresh database generation under a NEW data key (or none, when `passphrase`
 * is null), then deletes the old generation whole. The order is what makes a crash safe:
 *  1. the new generation is filled (sealed from its first record when there is a passphrase);
 *  2. its marker is written last: from that commit on, it is the current one;
 *  3. the old generation is closed and deleted (files and all, where it is a storage bucket).
 * A crash before 2 leaves the old one current and the half-made one is deleted at the next start;
 * a crash between 2 and 3 leaves the new one current and the old one is deleted at the next start.
 * `from` must be readable (unlocked, or without a passphrase). Returns the new store, ready to use.
 */
export async function rotate(from: SecureStore, spaces: StorageSpaces, passphrase: string | null, options: SecureStoreOptions = {}): Promise<SecureStore> {
  const number = await nextGeneration(spaces, from.generation);
  const to = await openGeneration(spaces, spaceName(number), options);
  try {
    if (passphrase === null) await to.vault.init();
    else {
      const outcome = await to.vault.setPassphrase(passphrase);
      if (!outcome.ok) throw new Error(`new generation refused its key: ${outcome.problem}`);
    }
    await copyAll(from.db, to.db);
    await to.db.generation.put({ id: GENERATION_ID, number, complete: true });
  } catch (error) {
    to.db.close();
    await spaces.remove(to.spaceName).catch(() => undefined);
    throw error;
  }
  from.vault.lock();
  from.db.close({ disableAutoOpen: true });
  // If the engine refuses now, the next start deletes it (it is older than the current one).
  await spaces.remove(from.spaceName).catch(() => undefined);
  return to;
}
