import type { KeyStorageInfo } from '@shared/contract';

/** The OS secret store (Electron's safeStorage in production). */
export interface SecretStore {
  isAvailable(): boolean;
  /** Electron's name for the Linux backend, or the platform's keychain name elsewhere. */
  backend(): string;
  encrypt(plain: string): Uint8Array;
  decrypt(sealed: Uint8Array): string;
}

/** Where the sealed key lives (a file in the profile directory in production). */
export interface KeyFile {
  read(): Promise<Uint8Array | undefined>;
  write(data: Uint8Array): Promise<void>;
  /** Resolves true when there was a file to remove. */
  remove(): Promise<boolean>;
}

const BACKENDS: Record<string, KeyStorageInfo['backend']> = {
  keychain: 'keychain',
  dpapi: 'dpapi',
  gnome_libsecret: 'gnome-libsecret',
  kwallet: 'kwallet',
  kwallet5: 'kwallet',
  kwallet6: 'kwallet',
  basic_text: 'basic-text',
};

/**
 * "Remember on this device": the data key sealed by the OS keychain, kept in one file. After a quick
 * exit or a lock the key is *held*: a second file says so, and while it exists the key is not handed
 * out, across restarts too, until the person types their passphrase again.
 */
export class RememberedKeyStore {
  constructor(
    private readonly secrets: SecretStore,
    private readonly file: KeyFile,
    private readonly holdFile: KeyFile,
  ) {}

  info(): KeyStorageInfo {
    const available = this.secrets.isAvailable();
    const backend = BACKENDS[this.secrets.backend()] ?? 'unknown';
    return { available, backend, weak: !available || backend === 'basic-text' || backend === 'unknown' };
  }

  async remember(key: string): Promise<boolean> {
    if (!this.secrets.isAvailable()) return false;
    await this.file.write(this.secrets.encrypt(key));
    return true;
  }

  /** Holds the remembered key (quick exit, lock): it opens nothing until `release`. */
  async hold(): Promise<void> {
    await this.holdFile.write(new Uint8Array([1]));
  }

  /** The passphrase was typed: a remembered key may open Hearth at the next start again. */
  release(): Promise<boolean> {
    return this.holdFile.remove();
  }

  async held(): Promise<boolean> {
    return (await this.holdFile.read()) !== undefined;
  }

  /** The remembered key; null if none, while held, or if the OS can no longer open it (then the file is dropped). */
  async recall(): Promise<string | null> {
    if (await this.held()) return null;
    const sealed = await this.file.read();
    if (!sealed || !this.secrets.isAvailable()) return null;
    try {
      return this.secrets.decrypt(sealed);
    } catch {
      await this.file.remove();
      return null;
    }
  }

  async forget(): Promise<boolean> {
    await this.holdFile.remove();
    return this.file.remove();
  }
}

/** A file kept in memory (tests, the UI bench). */
export function memoryFile(): KeyFile {
  let stored: Uint8Array | undefined;
  return {
    read: async () => stored,
    write: async (data) => void (stored = data),
    remove: async () => {
      const had = stored !== undefined;
      stored = undefined;
      return had;
    },
  };
}

/** An in-memory store for tests and the UI bench: reports itself as weak (nothing protects it). */
export function memorySecrets(): { secrets: SecretStore; file: KeyFile; holdFile: KeyFile } {
  return {
    secrets: {
      isAvailable: () => true,
      backend: () => 'basic_text',
      encrypt: (plain) => new TextEncoder().encode(plain),
      decrypt: (sealed) => new TextDecoder().decode(sealed),
    },
    file: memoryFile(),
    holdFile: memoryFile(),
  };
}
