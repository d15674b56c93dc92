import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { CLEAR_FIELDS } from './fieldPolicy';
import { holdTransactionOpen } from './keepAlive';
import { KeyHolder, VaultLockedError } from './keyHolder';
import { isSealed, openRow, sealRow } from './recordCodec';

type Row = Record<string, unknown>;

/** The key of the data key for this write or read: undefined when no passphrase is set. */
function currentKey(holder: KeyHolder): CryptoKey | undefined {
  const state = holder.current;
  if (state.kind === 'locked') throw new VaultLockedError();
  return state.kind === 'unlocked' ? state.key : undefined;
}

function encryptingTable(table: DBCoreTable, clearFields: readonly string[], holder: KeyHolder): DBCoreTable {
  const name = table.name;
  const primaryKeyOf = (row: Row): unknown => table.schema.primaryKey.extractKey?.(row);

  const open = async (row: unknown): Promise<unknown> => {
    if (!isSealed(row)) return row;
    const key = currentKey(holder);
    if (!key) throw new VaultLockedError();
    return openRow(key, name, primaryKeyOf(row), row);
  };
  const openAll = (trans: unknown, rows: readonly unknown[]): Promise<unknown[]> =>
    rows.some(isSealed) ? holdTransactionOpen(trans, name, Promise.all(rows.map(open))) : Promise.resolve([...rows]);

  const seal = async (req: DBCoreMutateRequest): Promise<DBCoreMutateRequest> => {
    if (req.type !== 'add' && req.type !== 'put') return req;
    const key = currentKey(holder);
    if (!key) return req;
    const sealing = Promise.all(req.values.map((value: Row) => sealRow(key, name, primaryKeyOf(value), value, clearFields)));
    const values = await holdTransactionOpen(req.trans, name, sealing);
    // A changeSpec would repeat the plaintext of the fields it changes to the layers below; the values carry everything.
    const { changeSpec: _spec, updates: _updates, ...rest } = req as DBCoreMutateRequest & { changeSpec?: unknown; updates?: unknown };
    return { ...rest, values } as DBCoreMutateRequest;
  };

  const wrapCursor = (cursor: DBCoreCursor): DBCoreCursor => {
    let value: unknown = cursor.value;
    return Object.create(cursor, {
      value: { get: () => value },
      start: {
        value: (onNext: () => void) =>
          cursor.start(() => {
            if (!isSealed(cursor.value)) {
              value = cursor.value;
              onNext();
              return;
            }
            holdTransactionOpen(cursor.trans, name, open(cursor.value)).then(
              (opened) => {
                value = opened;
                onNext();
              },
              (error: unknown) => cursor.fail(error instanceof Error ? error : new Error(String(error))),
            );
          }),
      },
    }) as DBCoreCursor;
  };

  return {
    ...table,
    mutate: async (req) => table.mutate(await seal(req)),
    get: async (req) => {
      const row: unknown = await table.get(req);
      return isSealed(row) ? holdTransactionOpen(req.trans, name, open(row)) : row;
    },
    getMany: async (req) => openAll(req.trans, await table.getMany(req)),
    query: async (req) => {
      const res = await table.query(req);
      return req.values ? { ...res, result: await openAll(req.trans, res.result) } : res;
    },
    openCursor: async (req) => {
      const cursor = await table.openCursor(req);
      return cursor && req.values !== false ? wrapCursor(cursor) : cursor;
    },
  };
}

/**
 * The DBCore middleware that encrypts the sensitive fields of each row on the way to IndexedDB and
 * decrypts them on the way back, so repositories never know. Rows written before a passphrase was
 * set are read as they are (and sealed the next time they are written).
 */
export function encryptionMiddleware(holder: KeyHolder): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'HearthEncryption',
    // Closest to IndexedDB (Dexie's own middlewares sit at -1…2): every Dexie layer above sees
    // plaintext, and nothing between us and IndexedDB depends on Dexie's async zone.
    level: -2,
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        const clearFields = CLEAR_FIELDS[tableName];
        return clearFields ? encryptingTable(table, clearFields, holder) : table;
      },
    }),
  };
}
