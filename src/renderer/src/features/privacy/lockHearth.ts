import type { AppServices } from '@renderer/services/services';

/**
 * Locks Hearth (idle timer, "Lock now"): the key leaves memory, and main stops model calls, unloads
 * the model and holds the remembered key until the passphrase is typed. A no-op without a passphrase.
 */
export function lockHearth(services: Pick<AppServices, 'store' | 'hearth'>, reason: 'idle' | 'manual'): void {
  if (services.store.holder.current.kind !== 'unlocked') return;
  services.store.vault.lock();
  void services.hearth.privacy.lock({ reason });
}
