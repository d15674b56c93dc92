import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';

/** The product name and the Linux executable name (set in builderConfig.ts), so the binary's path is known. */
export const PRODUCT_NAME = 'Hearth';
export const LINUX_EXECUTABLE = 'hearth';

/**
 * Electron fuses, flipped in the packaged binary before it is signed, so the OS's signature check
 * keeps them flipped. Hearth never needs any of these ways in, and each is a way to run code as
 * Hearth (with its keychain access and its data): ELECTRON_RUN_AS_NODE, NODE_OPTIONS, --inspect,
 * loading the app from anywhere but its (integrity-checked) app.asar, file:// privileges.
 */
export const HEARTH_FUSES: FuseV1Config = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

// electron-builder's Arch enum value for arm64 (builder-util's Arch: ia32 0, x64 1, armv7l 2, arm64 3, universal 4).
const ARM64 = 3;

/** The file @electron/fuses flips for one packaged platform: the .app on macOS, the executable elsewhere. */
export function packagedElectronPath(appOutDir: string, platform: string): string {
  if (platform === 'darwin' || platform === 'mas') return join(appOutDir, `${PRODUCT_NAME}.app`);
  if (platform === 'win32') return join(appOutDir, `${PRODUCT_NAME}.exe`);
  return join(appOutDir, LINUX_EXECUTABLE);
}

/** The fuse settings for one packaged build (an unsigned arm64 Mac app needs its ad-hoc signature redone). */
export function fusesFor(context: Pick<AfterPackContext, 'electronPlatformName' | 'arch'>): FuseV1Config {
  const macArm = (context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas') && Number(context.arch) === ARM64;
  return macArm ? { ...HEARTH_FUSES, resetAdHocDarwinSignature: true } : HEARTH_FUSES;
}

/** electron-builder's afterPack hook: flips the fuses in the binary it just packed. */
export function flipHearthFuses(
  context: Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName' | 'arch'>,
  flip: (path: string, config: FuseV1Config) => Promise<unknown> = flipFuses,
): Promise<unknown> {
  return flip(packagedElectronPath(context.appOutDir, context.electronPlatformName), fusesFor(context));
}
