// Test support: encrypted Hearth databases on fake-indexeddb, and a raw reader that bypasses Dexie.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { HearthDatabase } from '@renderer/db/database';
import { PassphraseChanges } from '@renderer/db/storage/passphraseChanges';
import { openCurrentStore } from '@renderer/db/storage/generations';
import { databaseSpaces, type StorageSpaces } from '@renderer/db/storage/storageSpaces';
import { createSecureStore, type SecureStore } from '@renderer/db/crypto/secureStore';

export interface TestStore extends SecureStore {
  readonly factory: IDBFactory;
  readonly name: string;
  /** A second store over the same IndexedDB (as after a restart): same data, nothing in memory. */
  reopen(): TestStore;
}

export function openTestStore(options: { factory?: IDBFactory; name?: string; iterations?: number; now?: () => number } = {}): TestStore {
  const factory = options.factory ?? new IDBFactory();
  const name = options.name ?? `hearth-test-${globalThis.crypto.randomUUID()}`;
  const store = createSecureStore(new HearthDatabase(name, { indexedDB: factory, IDBKeyRange }), {
    iterations: options.iterations ?? 100_000,
    ...(options.now ? { now: options.now } : {}),
  });
  return { ...store, factory, name, reopen: () => openTestStore({ ...options, factory, name }) };
}

/** Test generations on one fake-indexeddb factory (the app uses storage buckets in Chromium). */
export interface TestGenerations {
  readonly factory: IDBFactory;
  readonly spaces: StorageSpaces;
  readonly changes: PassphraseChanges;
  /** Opens the current generation, as the app does at start. */
  open(): Promise<SecureStore>;
}

export function testGenerations(options: { iterations?: number; now?: () => number } = {}): TestGenerations {
  const factory = new IDBFactory();
  const spaces = databaseSpaces(factory, IDBKeyRange);
  const storeOptions = { iterations: options.iterations ?? 100_000, ...(options.now ? { now: options.now } : {}) };
  return { factory, spaces, changes: new PassphraseChanges(spaces, storeOptions), open: () => openCurrentStore(spaces, storeOptions) };
}

/** Every record of every object store, read with the raw IndexedDB API (no Dexie, no middleware). */
export function readRawRecords(factory: IDBFactory, name: string): Promise<Record<string, unknown[]>> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name);
    open.onerror = () => reject(open.error ?? new Error('open failed'));
    open.onsuccess = () => {
      const idb = open.result;
      const names = [...idb.objectStoreNames];
      const out: Record<string, unknown[]> = {};
      if (names.length === 0) {
        idb.close();
        resolve(out);
        return;
      }
      const tx = idb.transaction(names, 'readonly');
      for (const store of names) {
        const req = tx.objectStore(store).getAll();
        req.onsuccess = () => (out[store] = req.result as unknown[]);
      }
      tx.oncomplete = () => {
        idb.close();
        resolve(out);
      };
      tx.onerror = () => reject(tx.error ?? new Error('read failed'));
    };
  });
}

/** All text a reader could find in raw records: JSON of the rows plus every binary field decoded as UTF-8. */
export function rawText(records: Record<string, unknown[]>): string {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const parts: string[] = [];
  const visit = (value: unknown): void => {
    if (value instanceof ArrayBuffer) parts.push(decoder.decode(new Uint8Array(value)));
    else if (ArrayBuffer.isView(value)) parts.push(decoder.decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)));
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
    else parts.push(String(value));
  };
  for (const rows of Object.values(records)) visit(rows);
  return `${JSON.stringify(records)}\n${parts.join('\n')}`;
}
