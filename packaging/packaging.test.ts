import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseV1Options, type FuseV1Config } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { builderConfig } from './builderConfig';
import { flipHearthFuses, HEARTH_FUSES } from './fuses';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string>; allowScripts: Record<string, boolean> };

describe('packaging', () => {
  it('builds a dmg for macOS, an NSIS installer for Windows, and an AppImage and a deb for Linux, from the electron-vite build in an asar', () => {
    expect(builderConfig.mac?.target).toEqual(['dmg']);
    expect(builderConfig.win?.target).toEqual(['nsis']);
    expect(builderConfig.linux?.target).toEqual(['AppImage', 'deb']);
    expect(builderConfig.asar).toBe(true);
    expect(builderConfig.files).toEqual(['out/**/*', 'package.json']);
    expect(builderConfig.publish).toBeNull();
    expect(packageJson.scripts['dist']).toBe('electron-vite build && tsx scripts/dist.ts');
  });

  it('sets every security fuse: no RunAsNode, NODE_OPTIONS or --inspect; app only from an integrity-checked asar; cookies encrypted', () => {
    expect(HEARTH_FUSES).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('flips them after packing, in the binary of each platform, before signing', async () => {
    const flipped: Array<{ path: string; config: FuseV1Config }> = [];
    const flip = async (path: string, config: FuseV1Config) => void flipped.push({ path, config });
    const hook = builderConfig.afterPack;
    expect(typeof hook).toBe('function');
    await flipHearthFuses({ appOutDir: '/out/mac-arm64', electronPlatformName: 'darwin', arch: 3 }, flip);
    await flipHearthFuses({ appOutDir: '/out/mac', electronPlatformName: 'darwin', arch: 1 }, flip);
    await flipHearthFuses({ appOutDir: '/out/win-unpacked', electronPlatformName: 'win32', arch: 1 }, flip);
    await flipHearthFuses({ appOutDir: '/out/linux-unpacked', electronPlatformName: 'linux', arch: 1 }, flip);
    expect(flipped.map((f) => f.path)).toEqual([join('/out/mac-arm64', 'Hearth.app'), join('/out/mac', 'Hearth.app'), join('/out/win-unpacked', 'Hearth.exe'), join('/out/linux-unpacked', 'hearth')]);
    expect(flipped[0]?.config).toEqual({ ...HEARTH_FUSES, resetAdHocDarwinSignature: true });
    for (const f of flipped.slice(1)) expect(f.config).toEqual(HEARTH_FUSES);
    expect(builderConfig.linux?.executableName).toBe('hearth');
    expect(builderConfig.productName).toBe('Hearth');
  });

  it('adds no install script to npm ci (electron-builder and @electron/fuses need none)', () => {
    // electron's postinstall honours ELECTRON_SKIP_BINARY_DOWNLOAD; nothing else is allowed to run.
    expect(packageJson.allowScripts).toEqual({ electron: true, esbuild: false });
  });
});
