import type { Page } from 'playwright-core';
import { goTo } from './nav';

/** The text sizes the layout is held to (Settings offers 100–200%). */
export const TEXT_SIZES = [100, 150, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/**
 * Saves a text size before anything else has been set up (the welcome screen), as if it had been
 * chosen on an earlier visit, and reloads so the app starts with it. Settings is not reachable yet
 * at that point, so the row is written the way the app stores it (no passphrase is set).
 */
export async function startWithTextSize(page: Page, size: number): Promise<void> {
  await page.getByTestId('ai-disclosure').waitFor();
  await page.evaluate(async (textSize) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('hearth');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('settings', 'readwrite');
    const store = tx.objectStore('settings');
    const current = await new Promise<Record<string, unknown> | undefined>((resolve) => {
      const req = store.get('me');
      req.onsuccess = () => resolve(req.result as Record<string, unknown> | undefined);
    });
    store.put({ id: 'me', theme: 'system', reducedMotion: 'system', notifications: false, lockAfterMinutes: 15, ...current, textSize });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, size);
  await page.reload();
  await page.waitForFunction((s) => document.documentElement.style.getPropertyValue('--text-scale') === `${s}%`, size);
  await page.getByTestId('ai-disclosure').waitFor();
}

/** Chooses a text size the way a person does: Settings → Text size (labelled "200%", or "200 %" in Spanish). Leaves the page on Settings. */
export async function chooseTextSize(page: Page, size: number): Promise<void> {
  await goTo(page, 'settings');
  await page.getByTestId('settings').waitFor();
  await page.getByLabel(new RegExp(`^${size}\\s?%$`)).check();
  await page.waitForFunction((s) => document.documentElement.style.getPropertyValue('--text-scale') === `${s}%`, size);
}
