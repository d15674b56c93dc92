import Dexie, { type DBCore, type DBCoreCursor, type DBCoreMutateRequest, type DBCoreTable, type Middleware } from 'dexie';
import { CLEAR_FIELDS, SEALED } from './fieldPolicy';
import { holdTransactionOpen } from './keepAlive';
import { KeyHolder, UnsealedRecordError, VaultLockedError } from './keyHolder';
import { PlaintextCache } from './plaintextCache';
import { canonicalClear, decryptSecret, encryptSecret, isSealed, splitRow, type SealedPart } from './recordCodec';

type Row = Record<string, unknown>;
type SealedRow = Row & { [SEALED]: SealedPart };

/** The data key for this write or read: undefined when no passphrase is set. */
function currentKey(holder: KeyHolder): CryptoKey | undefined {
  const state = holder.current;
  if (state.kind === 'locked') throw new VaultLockedError();
  return state.kind === 'unlocked' ? state.key : undefined;
}

function encryptingTable(table: DBCoreTable, clearFields: readonly string[], holder: KeyHolder, cache: PlaintextCache): DBCoreTable {
  const name = table.name;
  const primaryKeyOf = (row: Row): unknown => table.schema.primaryKey.extractKey?.(row);

  /** The plaintext when it can be had without waiting (clear rows, cache hits); undefined otherwise. */
  const openNow = (row: unknown): { row: unknown } | undefined => {
    if (!isSealed(row)) {
      // With a passphrase set every record here is sealed: one in the clear was put there by someone else.
      if (row !== undefined && holder.current.kind !== 'off') throw new UnsealedRecordError(name);
      return { row };
    }
    if (!currentKey(holder)) throw new VaultLockedError();
    const { [SEALED]: sealed, ...clear } = row;
    const secret = cache.secret(name, primaryKeyOf(row), sealed.iv, canonicalClear(clear));
    return secret ? { row: { ...secret, ...clear } } : undefined;
  };
  const openLater = async (row: SealedRow): Promise<Row> => {
    const key = currentKey(holder);
    if (!key) throw new VaultLockedError();
    const primaryKey = primaryKeyOf(row);
    const { [SEALED]: sealed, ...clear } = row;
    const clearJson = canonicalClear(clear);
    const secretJson = await decryptSecret(key, name, primaryKey, clearJson, sealed);
    cache.set(name, primaryKey, sealed, clearJson, secretJson);
    return { ...(JSON.parse(secretJson) as Row), ...clear };
  };
  const openOne = (trans: unknown, row: unknown): unknown => {
    const now = openNow(row);
    return now ? now.row : holdTransactionOpen(trans, name, openLater(row as SealedRow));
  };
  const openAll = (trans: unknown, rows: readonly unknown[]): unknown[] | Promise<unknown[]> => {
    const now = rows.map(openNow);
    if (now.every((r) => r !== undefined)) return now.map((r) => r.row);
    const later = Promise.all(rows.map((row, i) => { const ready = now[i]; return ready ? ready.row : openLater(row as SealedRow); }));
    return holdTransactionOpen(trans, name, later);
  };

  /** Seals every value; resolves without waiting when none of them changed its secret fields. */
  const seal = (req: DBCoreMutateRequest): DBCoreMutateRequest | Promise<DBCoreMutateRequest> => {
    if (req.type !== 'add' && req.type !== 'put') return req;
    const key = currentKey(holder);
    if (!key) return req;
    // A changeSpec would repeat the plaintext of the fields it changes to the layers below; the values carry everything.
    const { changeSpec: _spec, updates: _updates, ...rest } = req as DBCoreMutateRequest & { changeSpec?: unknown; updates?: unknown };
    const pending: Array<Promise<void>> = [];
    const values = req.values.map((value: Row) => {
      const primaryKey = primaryKeyOf(value);
      const { clear, clearJson, secretJson } = splitRow(value, clearFields);
      const sealedRow: Row = { ...clear };
      const reused = cache.sealedFor(name, primaryKey, clearJson, secretJson);
      if (reused) sealedRow[SEALED] = reused;
      else
        pending.push(
          encryptSecret(key, name, primaryKey, clearJson, secretJson).then((sealed) => {
            sealedRow[SEALED] = sealed;
            cache.set(name, primaryKey, sealed, clearJson, secretJson);
          }),
        );
      return sealedRow;
    });
    const sealedReq = { ...rest, values } as DBCoreMutateRequest;
    return pending.length ? holdTransactionOpen(req.trans, name, Promise.all(pending)).then(() => sealedReq) : sealedReq;
  };

  const wrapCursor = (cursor: DBCoreCursor): DBCoreCursor => {
    let value: unknown = cursor.value;
    return Object.create(cursor, {
      value: { get: () => value },
      start: {
        value: (onNext: () => void) =>
          cursor.start(() => {
            const now = openNow(cursor.value);
            if (now) {
              value = now.row;
              onNext();
              return;
            }
            holdTransactionOpen(cursor.trans, name, openLater(cursor.value as SealedRow)).then(
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
    mutate: (req) => {
      let sealed: DBCoreMutateRequest | Promise<DBCoreMutateRequest>;
      try {
        sealed = seal(req);
      } catch (error) {
        return Dexie.Promise.reject(error);
      }
      // Chaining on Dexie's own promise keeps the layers above in the transaction's zone.
      return sealed instanceof Promise ? Dexie.Promise.resolve(sealed).then((r) => table.mutate(r)) : table.mutate(sealed);
    },
    // Chaining on Dexie's own promises keeps the layers above in the transaction's zone.
    get: (req) => table.get(req).then((row) => openOne(req.trans, row)),
    getMany: (req) => table.getMany(req).then((rows) => openAll(req.trans, rows)),
    query: (req) =>
      table.query(req).then((res) => {
        if (!req.values) return res;
        const rows = openAll(req.trans, res.result);
        return rows instanceof Promise ? rows.then((result) => ({ ...res, result })) : { ...res, result: rows };
      }),
    openCursor: (req) => table.openCursor(req).then((cursor) => (cursor && req.values !== false ? wrapCursor(cursor) : cursor)),
  };
}

/**
 * The DBCore middleware that encrypts the sensitive fields of each row on the way to IndexedDB and
 * decrypts them on the way back, so repositories never know. Without a passphrase rows are stored
 * and read as they are; with one, a row in the clear is refused (UnsealedRecordError), since every
 * database with a passphrase was written sealed from its first record (see storage/rotate.ts).
 */
export function encryptionMiddleware(holder: KeyHolder): Middleware<DBCore> {
  const cache = new PlaintextCache();
  holder.subscribe(() => cache.clear());
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
        return clearFields ? encryptingTable(table, clearFields, holder, cache) : table;
      },
    }),
  };
}
