import type { HearthDatabase } from '../database';
import { exportDataKey, generateDataKey, importDataKey, unwrapDataKey, wrapDataKey } from './dataKey';
import { ENCRYPTED_TABLES } from './fieldPolicy';
import { deriveWrappingKey, newKdfParams, PBKDF2_ITERATIONS, type KdfParams } from './keyDerivation';
import type { KeyHolder, VaultState } from './keyHolder';
import { KEYSTORE_ID, KeystoreRow } from './keystoreRow';
import { openRow, sealRow } from './recordCodec';

/** Why a passphrase operation did not happen; the UI explains each. */
export type VaultProblem = 'wrong-passphrase' | 'no-passphrase' | 'already-set' | 'bad-remembered-key';
export type VaultOutcome = { ok: true } | { ok: false; problem: VaultProblem };

// A known value sealed with the data key, so a key from the OS keychain can be checked before use.
const CHECK = { table: 'keystore', key: KEYSTORE_ID, value: 'hearth-data-key' } as const;

/**
 * The passphrase lifecycle over one database: set, unlock, lock, change (rewraps only the key),
 * remove, and unlocking with a key the OS keychain remembered. The data key lives in the KeyHolder.
 */
export class Vault {
  constructor(
    private readonly db: HearthDatabase,
    private readonly holder: KeyHolder,
    private readonly options: { readonly now?: () => number; readonly iterations?: number } = {},
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private async row(): Promise<KeystoreRow | undefined> {
    const row = await this.db.keystore.get(KEYSTORE_ID);
    return row ? KeystoreRow.parse(row) : undefined;
  }

  /** Reads whether a passphrase is set and locks accordingly. Call once at start, before any read. */
  async init(): Promise<VaultState> {
    const row = await this.row();
    if (this.holder.current.kind === 'unlocked' && row) return this.holder.current;
    this.holder.set(row ? { kind: 'locked' } : { kind: 'off' });
    return this.holder.current;
  }

  get state(): VaultState {
    return this.holder.current;
  }

  private async wrapped(dataKey: CryptoKey, passphrase: string, kdf: KdfParams, createdAt: number): Promise<KeystoreRow> {
    const { iv, wrapped } = await wrapDataKey(dataKey, await deriveWrappingKey(passphrase, kdf));
    const check = await sealRow(dataKey, CHECK.table, CHECK.key, { value: CHECK.value }, []);
    const { $sealed } = check as { $sealed: KeystoreRow['check']['$sealed'] };
    return { id: KEYSTORE_ID, version: 1, kdf, iv, wrapped, check: { $sealed }, createdAt, changedAt: this.now() };
  }

  /** Rewrites every row of the encrypted tables through the middleware, in one transaction. */
  private async rewriteAll(between: () => void, finish: (tx: HearthDatabase) => Promise<unknown>): Promise<void> {
    const { db } = this;
    const tables = ENCRYPTED_TABLES.map((name) => db.table(name));
    await db.transaction('rw', [...tables, db.keystore], async () => {
      const contents = [];
      for (const table of tables) contents.push({ table, rows: await table.toArray() });
      between();
      for (const { table, rows } of contents) if (rows.length) await table.bulkPut(rows);
      await finish(db);
    });
  }

  /** Sets the first passphrase: a new data key encrypts everything already stored, then stays unlocked. */
  async setPassphrase(passphrase: string): Promise<VaultOutcome> {
    if (await this.row()) return { ok: false, problem: 'already-set' };
    const dataKey = await generateDataKey();
    const row = await this.wrapped(dataKey, passphrase, newKdfParams(this.options.iterations ?? PBKDF2_ITERATIONS), this.now());
    const before = this.holder.current;
    try {
      await this.rewriteAll(
        () => this.holder.set({ kind: 'unlocked', key: dataKey }),
        (db) => db.keystore.add(row),
      );
    } catch (error) {
      this.holder.set(before);
      throw error;
    }
    return { ok: true };
  }

  private async keyFrom(passphrase: string): Promise<{ key: CryptoKey; row: KeystoreRow } | VaultProblem> {
    const row = await this.row();
    if (!row) return 'no-passphrase';
    try {
      const key = await unwrapDataKey({ iv: new Uint8Array(row.iv), wrapped: row.wrapped }, await deriveWrappingKey(passphrase, row.kdf));
      return { key, row };
    } catch {
      return 'wrong-passphrase';
    }
  }

  /** Unlocks with the passphrase; a wrong one changes nothing. */
  async unlock(passphrase: string): Promise<VaultOutcome> {
    const found = await this.keyFrom(passphrase);
    if (typeof found === 'string') return { ok: false, problem: found };
    this.holder.set({ kind: 'unlocked', key: found.key });
    return { ok: true };
  }

  /** Unlocks with a data key the OS keychain remembered (base64), after checking it fits this database. */
  async unlockWithRememberedKey(base64: string): Promise<VaultOutcome> {
    const row = await this.row();
    if (!row) return { ok: false, problem: 'no-passphrase' };
    try {
      const key = await importDataKey(base64);
      const { $sealed } = row.check;
      const opened = await openRow(key, CHECK.table, CHECK.key, { $sealed: { v: 1, iv: new Uint8Array($sealed.iv), data: $sealed.data } });
      if (opened['value'] !== CHECK.value) return { ok: false, problem: 'bad-remembered-key' };
      this.holder.set({ kind: 'unlocked', key });
      return { ok: true };
    } catch {
      return { ok: false, problem: 'bad-remembered-key' };
    }
  }

  /** The data key as base64 for the OS keychain ("remember on this device"); only while unlocked. */
  async exportKeyForDevice(): Promise<string | undefined> {
    const state = this.holder.current;
    return state.kind === 'unlocked' ? exportDataKey(state.key) : undefined;
  }

  lock(): void {
    this.holder.lock();
  }

  /** Changes the passphrase by rewrapping the data key with a new salt; no record is rewritten. */
  async changePassphrase(current: string, next: string): Promise<VaultOutcome> {
    const found = await this.keyFrom(current);
    if (typeof found === 'string') return { ok: false, problem: found };
    // A change is also when an older, weaker iteration count is brought up to today's.
    const kdf = newKdfParams(this.options.iterations ?? Math.max(PBKDF2_ITERATIONS, found.row.kdf.iterations));
    await this.db.keystore.put(await this.wrapped(found.key, next, kdf, found.row.createdAt));
    return { ok: true };
  }

  /** Turns encryption off: every row is written back in the clear and the wrapped key is deleted. */
  async removePassphrase(current: string): Promise<VaultOutcome> {
    const found = await this.keyFrom(current);
    if (typeof found === 'string') return { ok: false, problem: found };
    this.holder.set({ kind: 'unlocked', key: found.key });
    await this.rewriteAll(
      () => this.holder.set({ kind: 'off' }),
      (db) => db.keystore.delete(KEYSTORE_ID),
    );
    return { ok: true };
  }
}
