import type { HearthDatabase } from '../database';
import { importDataKey, newDataKey, rawKeyToBase64, unwrapDataKey, unwrapRawKey, wrapRawKey } from './dataKey';
import { ENCRYPTED_TABLES } from './fieldPolicy';
import { deriveWrappingKey, newKdfParams, PBKDF2_ITERATIONS } from './keyDerivation';
import type { KeyHolder, VaultState } from './keyHolder';
import { KEYSTORE_ID, KeystoreRow } from './keystoreRow';
import { openRow, sealRow } from './recordCodec';
import { ensureCrisisState, isDefaultCrisisState } from './crisisStateRow';

/** Why a passphrase operation did not happen; the UI explains each. */
export type VaultProblem = 'wrong-passphrase' | 'no-passphrase' | 'already-set' | 'not-empty' | 'bad-remembered-key';
export type VaultOutcome = { ok: true } | { ok: false; problem: VaultProblem };

// A known value sealed with the data key, so a key from the OS keychain can be checked before use.
const CHECK = { table: 'keystore', key: KEYSTORE_ID, value: 'hearth-data-key' } as const;

/**
 * The passphrase over ONE database generation: give a fresh database its key, unlock, lock, check a
 * passphrase, and unlock with a key the OS keychain remembered. Changing or removing the passphrase
 * is never done in place (old values would stay in the engine's files): see storage/rotate.ts, which
 * moves everything into a new generation under a new data key. The data key lives in the KeyHolder.
 */
export class Vault {
  private keystore: KeystoreRow | undefined;

  constructor(
    private readonly db: HearthDatabase,
    private readonly holder: KeyHolder,
    private readonly options: { readonly iterations?: number } = {},
  ) {}

  private async row(): Promise<KeystoreRow | undefined> {
    const row = await this.db.keystore.get(KEYSTORE_ID);
    this.keystore = row ? KeystoreRow.parse(row) : undefined;
    return this.keystore;
  }

  /** Reads whether a passphrase is set and locks accordingly. Call once at start, before any read. */
  async init(): Promise<VaultState> {
    const row = await this.row();
    if (this.holder.current.kind === 'unlocked' && row) return this.holder.current;
    this.holder.set(row ? { kind: 'locked' } : { kind: 'off' });
    if (!row) await ensureCrisisState(this.db);
    return this.holder.current;
  }

  get state(): VaultState {
    return this.holder.current;
  }

  /** True when this database was encrypted by the first release (v1 records): it moves to a fresh one once unlocked. */
  get legacy(): boolean {
    return this.keystore?.version === 1;
  }

  /**
   * Gives a database that holds nothing yet its first passphrase: a new data key, wrapped by the
   * passphrase, and every record from here on sealed. Refused once anything is stored.
   */
  async setPassphrase(passphrase: string): Promise<VaultOutcome> {
    if (await this.row()) return { ok: false, problem: 'already-set' };
    if (!(await this.holdsNothing())) return { ok: false, problem: 'not-empty' };
    const { key, raw } = await newDataKey();
    try {
      const kdf = newKdfParams(this.options.iterations ?? PBKDF2_ITERATIONS);
      const { iv, wrapped } = await wrapRawKey(raw, await deriveWrappingKey(passphrase, kdf));
      const { $sealed } = (await sealRow(key, CHECK.table, CHECK.key, { value: CHECK.value }, [])) as { $sealed: KeystoreRow['check']['$sealed'] };
      const row: KeystoreRow = { id: KEYSTORE_ID, version: 2, kdf, iv, wrapped, check: { $sealed } };
      await this.db.transaction('rw', [this.db.keystore, this.db.crisisState], async () => {
        await this.db.keystore.add(row);
        this.holder.set({ kind: 'unlocked', key });
        // The default crisis state is rewritten sealed, so an encrypted database always has one.
        await this.db.crisisState.clear();
        await ensureCrisisState(this.db);
      });
      this.keystore = row;
    } catch (error) {
      this.holder.set({ kind: 'off' });
      throw error;
    } finally {
      raw.fill(0);
    }
    return { ok: true };
  }

  /** Nothing stored but settings and an untouched crisis state. */
  private async holdsNothing(): Promise<boolean> {
    for (const name of ENCRYPTED_TABLES) {
      if (name === 'crisisState') continue;
      if ((await this.db.table(name).count()) > 0) return false;
    }
    const crisis = await this.db.crisisState.toArray();
    return crisis.every(isDefaultCrisisState);
  }

  private async wrappingKeyFor(passphrase: string): Promise<{ row: KeystoreRow; wrappingKey: CryptoKey } | VaultProblem> {
    const row = await this.row();
    if (!row) return 'no-passphrase';
    return { row, wrappingKey: await deriveWrappingKey(passphrase, row.kdf) };
  }

  /** Unlocks with the passphrase; a wrong one changes nothing. */
  async unlock(passphrase: string): Promise<VaultOutcome> {
    const found = await this.wrappingKeyFor(passphrase);
    if (typeof found === 'string') return { ok: false, problem: found };
    let key: CryptoKey;
    try {
      key = await unwrapDataKey({ iv: new Uint8Array(found.row.iv), wrapped: found.row.wrapped }, found.wrappingKey);
    } catch {
      return { ok: false, problem: 'wrong-passphrase' };
    }
    this.holder.set({ kind: 'unlocked', key });
    await ensureCrisisState(this.db);
    return { ok: true };
  }

  /** True when `passphrase` is the one set (used before a change or removal). */
  async checkPassphrase(passphrase: string): Promise<boolean> {
    return (await this.keyForDevice(passphrase)) !== undefined;
  }

  /**
   * The data key as base64 for the OS keychain ("remember on this device"), only with the passphrase
   * typed: the key in memory cannot be exported. Undefined when the passphrase is wrong.
   */
  async keyForDevice(passphrase: string): Promise<string | undefined> {
    const found = await this.wrappingKeyFor(passphrase);
    if (typeof found === 'string') return undefined;
    try {
      const raw = await unwrapRawKey({ iv: new Uint8Array(found.row.iv), wrapped: found.row.wrapped }, found.wrappingKey);
      const base64 = rawKeyToBase64(raw);
      raw.fill(0);
      return base64;
    } catch {
      return undefined;
    }
  }

  /** Unlocks with a data key the OS keychain remembered (base64), after checking it fits this database. */
  async unlockWithRememberedKey(base64: string): Promise<VaultOutcome> {
    const row = await this.row();
    if (!row) return { ok: false, problem: 'no-passphrase' };
    try {
      const key = await importDataKey(base64);
      const { $sealed } = row.check;
      const opened = await openRow(key, CHECK.table, CHECK.key, { $sealed: { v: $sealed.v, iv: new Uint8Array($sealed.iv), data: $sealed.data } });
      if (opened['value'] !== CHECK.value) return { ok: false, problem: 'bad-remembered-key' };
      this.holder.set({ kind: 'unlocked', key });
      await ensureCrisisState(this.db);
      return { ok: true };
    } catch {
      return { ok: false, problem: 'bad-remembered-key' };
    }
  }

  lock(): void {
    this.holder.lock();
  }
}
