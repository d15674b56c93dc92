// The remembered crisis in real Chromium: once a crisis was recorded, a banner with help shows on
// every screen and survives reloads (restarts) until the person hides it; hiding it is remembered too.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { benchForThisFile } from './support/fileBench';

const { bench } = benchForThisFile();

/** Writes a row straight into the app's IndexedDB (as an earlier session would have), once the app has opened it. */
async function putRow(page: Page, store: string, row: Record<string, unknown>): Promise<boolean> {
  return page.evaluate(
    ({ store, row }) =>
      new Promise<boolean>((resolve) => {
        const request = indexedDB.open('hearth');
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => resolve(false);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(store, 'readwrite');
          tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve(true);
          };
          tx.onerror = () => resolve(false);
        };
      }),
    { store, row },
  );
}

/** A crisis recorded by an earlier session (categories only: no message text is ever kept here). */
async function rememberCrisis(page: Page): Promise<void> {
  await page.getByTestId('get-help-now').waitFor();
  await expect.poll(() => putRow(page, 'crisisState', { id: 'me', active: true, categories: ['suicide'], detectedAt: Date.now() })).toBe(true);
}

describe('remembered crisis banner (real Chromium)', () => {
  it('no banner before any crisis', async () => {
    const hp = await bench.open();
    await hp.page.getByTestId('ai-disclosure').waitFor();
    await expect(hp.page.getByTestId('crisis-banner').count()).resolves.toBe(0);
  });

  it('shows on every screen, survives reloads, opens help, and stays hidden once dismissed', async () => {
    const hp = await bench.open();
    const { page } = hp;
    await rememberCrisis(page);
    await page.reload();

    const banner = page.getByTestId('crisis-banner');
    await banner.waitFor();
    await expect(banner.innerText()).resolves.toMatch(/Support is still here whenever you need it/);
    await hp.screenshot('crisis-banner');
    const { violations } = await new AxeBuilder({ page }).include('[data-testid="crisis-banner"]').analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    // Another screen: still there.
    await page.getByTestId('model-status-chip').click();
    await page.getByTestId('model-setup').waitFor();
    await banner.waitFor();

    // A restart: still there.
    await page.reload();
    await banner.waitFor();

    // It opens the crisis panel (with every line, since the moment may have passed) and the safety plan.
    await page.getByTestId('banner-get-help').click();
    const panel = page.getByTestId('crisis-panel');
    await panel.waitFor();
    await expect(panel.getByTestId('help-line').count()).resolves.toBeGreaterThan(2);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await banner.getByRole('button', { name: 'My safety plan' }).click();
    await page.getByTestId('safety-plan').waitFor();

    // Dismissed from the keyboard: gone now and after a restart; "Get help now" stays.
    await page.getByTestId('dismiss-crisis-banner').focus();
    await page.keyboard.press('Enter');
    await banner.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('get-help-now').waitFor();
    await page.getByTestId('ai-disclosure').waitFor();
    await expect(page.getByTestId('crisis-banner').count()).resolves.toBe(0);
    expect(hp.pageErrors).toEqual([]);
  });

  it('reads as Spanish for a Spanish speaker', async () => {
    const hp = await bench.open({ locale: 'es-MX' });
    await rememberCrisis(hp.page);
    await hp.page.reload();
    const banner = hp.page.getByTestId('crisis-banner');
    await banner.waitFor();
    await expect(banner.innerText()).resolves.toMatch(/El apoyo sigue aquí/);
    await expect(banner.getByRole('button', { name: /Ocultar este mensaje de ayuda/ }).isVisible()).resolves.toBe(true);
  });
});
