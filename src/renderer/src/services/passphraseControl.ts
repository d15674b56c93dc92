import type { HearthApi } from '@shared/contract';
import type { VaultProblem } from '../db/crypto/vault';
import type { ChangeOutcome, PassphraseChanges } from '../db/storage/passphraseChanges';
import type { AppServices, ServicesHost } from './services';

/** What a passphrase change came to: on success, the services to use from now on (the old database is gone). */
export type PassphraseOutcome = { ok: true; services: AppServices } | { ok: false; problem: VaultProblem };

/** The app's passphrase changes; each swaps in the new store and forgets the key the OS keychain remembered. */
export interface PassphraseControl {
  set(next: string): Promise<PassphraseOutcome>;
  change(current: string, next: string): Promise<PassphraseOutcome>;
  remove(current: string): Promise<PassphraseOutcome>;
  /** After an unlock with the passphrase: moves a first-release database to a fresh one under a new key. */
  upgradeLegacy(passphrase: string): Promise<PassphraseOutcome>;
}

export function createPassphraseControl(host: ServicesHost, changes: PassphraseChanges, hearth: HearthApi): PassphraseControl {
  const apply = async (work: Promise<ChangeOutcome>): Promise<PassphraseOutcome> => {
    const before = host.current.store;
    const outcome = await work;
    if (!outcome.ok) return outcome;
    if (outcome.store === before) return { ok: true, services: host.current };
    // The remembered key opened the old generation only; it would open nothing now.
    await hearth.privacy.forgetKey({});
    return { ok: true, services: host.replaceStore(outcome.store) };
  };
  return {
    set: (next) => apply(changes.set(host.current.store, next)),
    change: (current, next) => apply(changes.change(host.current.store, current, next)),
    remove: (current) => apply(changes.remove(host.current.store, current)),
    upgradeLegacy: (passphrase) => apply(changes.upgradeLegacy(host.current.store, passphrase)),
  };
}
