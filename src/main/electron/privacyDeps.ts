import { app, safeStorage, session, type BrowserWindow } from 'electron';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PrivacyDeps } from '../handlers/privacyHandlers';
import { QuickExitSignal } from '../privacy/quickExitSignal';
import { RememberedKeyStore, type KeyFile, type SecretStore } from '../privacy/rememberedKeyStore';
import { hideNow } from './quickExit';

const platformBackend = (): string => {
  if (process.platform === 'darwin') return 'keychain';
  if (process.platform === 'win32') return 'dpapi';
  return safeStorage.getSelectedStorageBackend();
};

const safeStorageSecrets: SecretStore = {
  isAvailable: () => safeStorage.isEncryptionAvailable(),
  backend: platformBackend,
  encrypt: (plain) => safeStorage.encryptString(plain),
  decrypt: (sealed) => safeStorage.decryptString(Buffer.from(sealed)),
};

function profileFile(name: string): KeyFile {
  const path = join(app.getPath('userData'), name);
  return {
    read: () => readFile(path).then((b) => new Uint8Array(b), () => undefined),
    write: (data) => writeFile(path, data, { mode: 0o600 }),
    remove: () => rm(path).then(() => true, () => false),
  };
}

/** The real privacy dependencies: safeStorage, a key file in the profile, the default session. */
export function electronPrivacyDeps(getWindow: () => BrowserWindow | undefined): PrivacyDeps {
  return {
    hideWindow: () => hideNow(getWindow()),
    quickExit: new QuickExitSignal(),
    rememberedKey: new RememberedKeyStore(safeStorageSecrets, profileFile('remembered-key.bin')),
    clearSiteData: async () => {
      await session.defaultSession.clearCache();
      await session.defaultSession.clearStorageData();
    },
  };
}
