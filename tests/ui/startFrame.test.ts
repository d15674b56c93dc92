// The first frame in real Chromium: the app's frame is painted before storage opens, already in the
// person's theme (the system's, or the one they chose, remembered from the last start), with Get
// help now working: a press while the app is still opening opens the panel once it is there.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { benchForThisFile } from './support/fileBench';

const { bench } = benchForThisFile();

/** Records, on every later load of the page, the theme and background at the first content in #root. */
const RECORD_FIRST_FRAME = `window.__firstFrame = null;
new MutationObserver(() => {
  if (window.__firstFrame || !document.getElementById('root')?.childElementCount) return;
  window.__firstFrame = { theme: document.documentElement.dataset.theme ?? null, background: getComputedStyle(document.body).backgroundColor };
}).observe(document, { subtree: true, childList: true });`;

const firstFrame = (page: Page) => page.evaluate(() => (window as unknown as { __firstFrame: { theme: string | null; background: string } | null }).__firstFrame);
const DARK_BACKGROUND = 'rgb(27, 23, 20)';

/** Holds the chunk that opens storage and the app until `release` is called, so the frame stays up. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.context().route(/\/assets\/openApp-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

describe('the first frame', () => {
  it('is dark from the start for a system in dark mode', async () => {
    const hp = await bench.open({ colorScheme: 'dark' });
    await hp.context.addInitScript({ content: RECORD_FIRST_FRAME });
    await hp.page.reload();
    await hp.page.getByRole('button', { name: 'Get started' }).waitFor();
    await expect(firstFrame(hp.page)).resolves.toEqual({ theme: 'dark', background: DARK_BACKGROUND });
  });

  it('wears a dark theme chosen in Hearth on a light system, and Get help now pressed while the app opens opens the panel', async () => {
    const hp = await bench.open({ colorScheme: 'light' });
    const { page } = hp;
    await page.getByRole('button', { name: 'Get started' }).waitFor();
    // The person chose dark earlier (settings are stored unencrypted); the app applies and remembers it.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('hearth');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const tx = request.result.transaction('settings', 'readwrite');
            tx.objectStore('settings').put({ id: 'me', theme: 'dark', textSize: 100, reducedMotion: 'system', notifications: false, lockAfterMinutes: 15 });
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
          };
        }),
    );
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.getByRole('button', { name: 'Get started' }).waitFor();

    // Next start, with the app's own chunk held back: only the frame is there.
    await hp.context.addInitScript({ content: RECORD_FIRST_FRAME });
    const release = await holdTheApp(page);
    await page.reload();
    await page.getByTestId('get-help-now').waitFor();
    await expect(firstFrame(page)).resolves.toEqual({ theme: 'dark', background: DARK_BACKGROUND });
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/Opening/);
    await expect(page.getByRole('button', { name: 'Get started' }).count()).resolves.toBe(0);
    await page.getByTestId('get-help-now').click();
    release();
    await page.getByRole('dialog').waitFor();
    await expect(page.getByRole('dialog').innerText()).resolves.toMatch(/988/);
  });
});
