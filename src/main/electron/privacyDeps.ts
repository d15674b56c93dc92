import { app, clipboard, safeStorage, session, type BrowserWindow } from 'electron';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PrivacyDeps } from '../handlers/privacyHandlers';
import { QuickExitSignal } from '../privacy/quickExitSignal';
import { RememberedKeyStore, type KeyFile, type SecretStore } from '../privacy/rememberedKeyStore';
import { SensitiveClipboard } from '../privacy/sensitiveClipboard';
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

/** The hash the renderer reads at start to show its neutral screen (see renderer app/neutralStart.ts). */
export const QUICK_EXIT_HASH = '#after-quick-exit';

/** The real privacy dependencies: safeStorage, key files in the profile, the clipboard, the default session. */
export function electronPrivacyDeps(getWindow: () => BrowserWindow | undefined, startUrl: string): PrivacyDeps {
  return {
    hideWindow: () => hideNow(getWindow()),
    resetWindow: () => {
      const win = getWindow();
      if (win && !win.isDestroyed()) void win.webContents.loadURL(`${startUrl}${QUICK_EXIT_HASH}`);
    },
    quickExit: new QuickExitSignal(),
    rememberedKey: new RememberedKeyStore(safeStorageSecrets, profileFile('remembered-key.bin'), profileFile('remembered-key.hold')),
    clipboard: new SensitiveClipboard({ readText: () => clipboard.readText(), writeText: (text) => clipboard.writeText(text), clear: () => clipboard.clear() }),
    clearSiteData: async () => {
      await session.defaultSession.clearCache();
      await session.defaultSession.clearStorageData();
    },
  };
}
