import type { SecureStore, SecureStoreOptions } from '../crypto/secureStore';
import type { VaultProblem } from '../crypto/vault';
import { rotate } from './rotate';
import type { StorageSpaces } from './storageSpaces';

/** The store to use from now on, or why nothing changed. */
export type ChangeOutcome = { ok: true; store: SecureStore } | { ok: false; problem: VaultProblem };

/**
 * Every passphrase change — setting one, changing it, removing it, and moving a first-release
 * database forward — is a move into a fresh generation under a new data key (storage/rotate.ts).
 * The key remembered by the OS keychain, if any, no longer fits afterwards: the caller forgets it.
 */
export class PassphraseChanges {
  constructor(
    private readonly spaces: StorageSpaces,
    private readonly options: SecureStoreOptions = {},
  ) {}

  /** Sets the first passphrase. */
  async set(store: SecureStore, next: string): Promise<ChangeOutcome> {
    if (store.vault.state.kind !== 'off') return { ok: false, problem: 'already-set' };
    return { ok: true, store: await rotate(store, this.spaces, next, this.options) };
  }

  /** Changes the passphrase: `current` must be right. */
  async change(store: SecureStore, current: string, next: string): Promise<ChangeOutcome> {
    const problem = await this.check(store, current);
    return problem ? { ok: false, problem } : { ok: true, store: await rotate(store, this.spaces, next, this.options) };
  }

  /** Removes the passphrase: everything moves to a new generation stored in the clear. */
  async remove(store: SecureStore, current: string): Promise<ChangeOutcome> {
    const problem = await this.check(store, current);
    return problem ? { ok: false, problem } : { ok: true, store: await rotate(store, this.spaces, null, this.options) };
  }

  /** A first-release database, just unlocked with `passphrase`, moves to a v2 generation with a new key. */
  async upgradeLegacy(store: SecureStore, passphrase: string): Promise<ChangeOutcome> {
    if (!store.vault.legacy) return { ok: true, store };
    return this.change(store, passphrase, passphrase);
  }

  private async check(store: SecureStore, current: string): Promise<VaultProblem | undefined> {
    const state = store.vault.state.kind;
    if (state === 'off') return 'no-passphrase';
    if (state !== 'unlocked') return 'wrong-passphrase';
    return (await store.vault.checkPassphrase(current)) ? undefined : 'wrong-passphrase';
  }
}
