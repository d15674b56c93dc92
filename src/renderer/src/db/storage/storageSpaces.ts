import { DATABASE_NAME } from '../database';

/** Where one database generation lives: the IndexedDB factory to open it with and the database's name. */
export interface StorageSpace {
  readonly name: string;
  readonly indexedDB: IDBFactory;
  readonly databaseName: string;
}

/**
 * The places database generations can live, and how to delete one whole. In Chromium (and so in
 * Electron) each generation is its own storage bucket: a bucket has its own LevelDB directory, and
 * deleting the bucket deletes those files, old values and all. Elsewhere (tests, an engine without
 * buckets) generations are databases side by side in one factory; a deleted database's values may
 * then linger in the engine's files until it compacts them.
 */
export interface StorageSpaces {
  readonly kind: 'buckets' | 'databases';
  readonly keyRange: typeof IDBKeyRange;
  /** Where a first start puts its database: a bucket of its own, or (without buckets) the usual `hearth` database. */
  readonly first: string;
  /** Names of the generations present, any order. */
  list(): Promise<string[]>;
  open(name: string): Promise<StorageSpace>;
  /** Deletes a generation and everything in it; the caller closes its connections first. */
  remove(name: string): Promise<void>;
}

/** The `hearth` database in the origin's default storage (the first release's, or a first start without buckets). It counts as generation 0. */
export const LEGACY_SPACE = DATABASE_NAME;

const GENERATION_NAME = /^hearth-g([1-9][0-9]{0,8})$/;

/** The space name of generation `n` (n ≥ 1); bucket names allow lowercase letters, digits, `-` and `_`. */
export const spaceName = (n: number): string => `hearth-g${n}`;

/** The generation number of a space name: 0 for the legacy database, undefined for names that are not Hearth's. */
export function generationOf(name: string): number | undefined {
  if (name === LEGACY_SPACE) return 0;
  const match = GENERATION_NAME.exec(name);
  return match ? Number(match[1]) : undefined;
}

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('delete failed'));
  });
}

async function databaseNames(factory: IDBFactory): Promise<string[]> {
  return (await factory.databases()).flatMap((d) => (d.name ? [d.name] : []));
}

/** Generations as databases in one factory (fake-indexeddb in tests; the fallback without buckets). */
export function databaseSpaces(factory: IDBFactory, keyRange: typeof IDBKeyRange): StorageSpaces {
  return {
    kind: 'databases',
    keyRange,
    first: LEGACY_SPACE,
    list: async () => (await databaseNames(factory)).filter((n) => generationOf(n) !== undefined),
    open: async (name) => ({ name, indexedDB: factory, databaseName: name }),
    remove: (name) => deleteDatabase(factory, name),
  };
}

/** The part of the Storage Buckets API used here (Chromium 122+). */
export interface BucketManager {
  open(name: string, options?: { durability?: 'strict' | 'relaxed' }): Promise<{ readonly indexedDB: IDBFactory }>;
  keys(): Promise<string[]>;
  delete(name: string): Promise<void>;
}

/** Generations as storage buckets, the legacy database staying where it was (the default factory). */
export function bucketSpaces(buckets: BucketManager, defaultFactory: IDBFactory, keyRange: typeof IDBKeyRange): StorageSpaces {
  return {
    kind: 'buckets',
    keyRange,
    first: spaceName(1),
    list: async () => {
      const names = (await buckets.keys()).filter((n) => (generationOf(n) ?? 0) > 0);
      return (await databaseNames(defaultFactory)).includes(LEGACY_SPACE) ? [LEGACY_SPACE, ...names] : names;
    },
    open: async (name) => {
      if (name === LEGACY_SPACE) return { name, indexedDB: defaultFactory, databaseName: LEGACY_SPACE };
      // Strict durability: a committed transaction is on disk, so a move that wrote its marker survives a power cut.
      const bucket = await buckets.open(name, { durability: 'strict' });
      return { name, indexedDB: bucket.indexedDB, databaseName: DATABASE_NAME };
    },
    remove: (name) => (name === LEGACY_SPACE ? deleteDatabase(defaultFactory, LEGACY_SPACE) : buckets.delete(name)),
  };
}

/** This page's spaces: buckets where the engine has them, otherwise databases in the default factory. */
export function browserSpaces(): StorageSpaces {
  const buckets = (globalThis.navigator as Navigator & { storageBuckets?: BucketManager }).storageBuckets;
  return buckets ? bucketSpaces(buckets, globalThis.indexedDB, globalThis.IDBKeyRange) : databaseSpaces(globalThis.indexedDB, globalThis.IDBKeyRange);
}
