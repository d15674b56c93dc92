import type { Configuration } from 'electron-builder';
import { flipHearthFuses, LINUX_EXECUTABLE, PRODUCT_NAME } from './fuses';

/**
 * How Hearth is packaged (scripts/dist.ts passes this to electron-builder): a dmg for macOS, an
 * NSIS installer for Windows, an AppImage and a deb for Linux. The app is the electron-vite build
 * (out/) in an integrity-checked app.asar; fuses are flipped after packing, before signing.
 * electron-builder downloads the Electron binary for each target, so packaging runs only on a
 * machine that can reach Electron's releases (README, "Packaging").
 */
export const builderConfig: Configuration = {
  // electron-builder's own default id pattern (com.electron.<name>): Hearth owns no domain to name itself by.
  appId: 'com.electron.hearth',
  productName: PRODUCT_NAME,
  directories: { output: 'dist', buildResources: 'build' },
  files: ['out/**/*', 'package.json'],
  asar: true,
  // No native modules: nothing to rebuild against Electron's Node.
  npmRebuild: false,
  afterPack: (context) => flipHearthFuses(context),
  publish: null,
  mac: { target: ['dmg'], category: 'public.app-category.healthcare-fitness', hardenedRuntime: true },
  dmg: { writeUpdateInfo: false },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, differentialPackage: false },
  linux: { target: ['AppImage', 'deb'], category: 'Utility', executableName: LINUX_EXECUTABLE, maintainer: 'Hearth maintainers' },
};
