/**
 * Where the data key lives while Hearth is unlocked: memory only. `off` means no passphrase was
 * ever set (rows are written in the clear); `locked` means a passphrase exists but the key is gone.
 */
export type VaultState = { readonly kind: 'off' } | { readonly kind: 'locked' } | { readonly kind: 'unlocked'; readonly key: CryptoKey };

/** Thrown by the storage layer when an encrypted row is read or written while Hearth is locked. */
export class VaultLockedError extends Error {
  constructor() {
    super('Hearth is locked.');
    this.name = 'VaultLockedError';
  }
}

/** Thrown when a record in the clear is found in an encrypted table while a passphrase is set. */
export class UnsealedRecordError extends Error {
  constructor(table: string) {
    super(`An unencrypted record was found in ${table}; Hearth did not write it and refuses it.`);
    this.name = 'UnsealedRecordError';
  }
}

/** Holds the vault state and tells listeners when it changes (the UI's lock gate listens). */
export class KeyHolder {
  private state: VaultState;
  private readonly listeners = new Set<(state: VaultState) => void>();

  constructor(initial: VaultState = { kind: 'off' }) {
    this.state = initial;
  }

  get current(): VaultState {
    return this.state;
  }

  set(state: VaultState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }

  /** Forgets the key (locks) if one is held; a no-op without a passphrase. */
  lock(): void {
    if (this.state.kind === 'unlocked') this.set({ kind: 'locked' });
  }

  subscribe(listener: (state: VaultState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
