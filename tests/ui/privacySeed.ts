import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { resolvedAliases } from '../../pathAliases';
import type { SeedOptions } from './privacySeed.browser';

let cached: Promise<string> | undefined;

/** Bundles privacySeed.browser.ts once per run as a script that defines `hearthPrivacySeed`. */
function bundle(): Promise<string> {
  cached ??= (async () => {
    const entry = fileURLToPath(new URL('./privacySeed.browser.ts', import.meta.url));
    const output = await build({
      configFile: false,
      // The bundled code imports through the path aliases, as the app does.
      resolve: { alias: resolvedAliases(fileURLToPath(new URL('../../', import.meta.url))) },
      logLevel: 'silent',
      build: { write: false, minify: false, lib: { entry, formats: ['iife'], name: 'hearthPrivacySeed' } },
    });
    const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
    const chunk = results.flatMap((r) => r.output).find((o) => o.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error('privacy seed bundle produced no code');
    return chunk.code;
  })();
  return cached;
}

/** The helpers as an init script for a whole context (the privacy audit's persistent profile). */
export async function privacySeedScript(): Promise<string> {
  return `${await bundle()}\n;globalThis.hearthPrivacySeed = hearthPrivacySeed;`;
}

const installed = new WeakSet<Page>();

/**
 * Makes the seeding code available in the page. It goes in as an init script (the app's CSP rightly
 * refuses evaluated strings), so the page is reloaded once.
 */
async function install(page: Page): Promise<void> {
  if (installed.has(page)) return;
  // Init scripts run in their own scope: publish the bundle's global explicitly.
  await page.context().addInitScript({ content: await privacySeedScript() });
  await page.reload();
  installed.add(page);
}

/** Writes a profile, a group and `messages` messages into the page's IndexedDB through Hearth's own database code. */
export async function seedInPage(page: Page, options: SeedOptions): Promise<void> {
  await install(page);
  await page.evaluate((o) => (window as unknown as { hearthPrivacySeed: { seed(o: SeedOptions): Promise<unknown> } }).hearthPrivacySeed.seed(o), options);
}

/** All raw IndexedDB records of the page as text (no Dexie, no decryption). */
export async function rawIndexedDb(page: Page): Promise<string> {
  await install(page);
  return page.evaluate(() => (window as unknown as { hearthPrivacySeed: { rawDump(): Promise<string> } }).hearthPrivacySeed.rawDump());
}

/** Milliseconds to write `count` messages through the repositories in the page's real IndexedDB. */
export async function timeWritesInPage(page: Page, count: number, encrypted: boolean): Promise<number> {
  await install(page);
  return page.evaluate(([n, e]) => (window as unknown as { hearthPrivacySeed: { timeWrites(n: number, e: boolean): Promise<number> } }).hearthPrivacySeed.timeWrites(n, e), [count, encrypted] as const);
}

/** Milliseconds for one passphrase change over what was seeded (see timePassphraseChange in the page). */
export async function timePassphraseChangeInPage(page: Page, from: string, to: string): Promise<{ ms: number; messages: number }> {
  await install(page);
  return page.evaluate(
    ([a, b]) => (window as unknown as { hearthPrivacySeed: { timePassphraseChange(a: string, b: string): Promise<{ ms: number; messages: number }> } }).hearthPrivacySeed.timePassphraseChange(a, b),
    [from, to] as const,
  );
}
