import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The flags the build machines need: no sandbox (root), no GPU, nothing phoning home. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Debian's Chromium (`apt-get install chromium`), or CHROMIUM_PATH. Never a downloaded browser. */
export function findChromium(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH; try the next name
    }
  }
  throw new Error('Chromium not found. Install it with `apt-get install -y chromium` or set CHROMIUM_PATH.');
}

/**
 * Hides the Storage Buckets API, so Hearth keeps its database as `hearth` in the default IndexedDB
 * (its fallback where buckets are missing) and tests can read it by that name. Hearth's real storage
 * (one bucket per database generation, deleted whole) runs in `npm run privacy:audit` and in any
 * bench started with `storageBuckets: true`.
 */
export const WITHOUT_STORAGE_BUCKETS = '--disable-blink-features=StorageBuckets';

export function launchChromium(options: { readonly storageBuckets?: boolean } = {}): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: options.storageBuckets ? CHROMIUM_FLAGS : [...CHROMIUM_FLAGS, WITHOUT_STORAGE_BUCKETS], headless: true });
}
