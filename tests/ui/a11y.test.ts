// Accessibility beyond axe (axe runs on every screen in screens.test.ts): usable at 200% text size in
// a 1024×640 window with nothing cut off sideways, settings applied to <html> (theme, text size,
// motion, language), and the polite live region for new messages.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIRST_FACILITATOR_MESSAGE, modelPresent } from '@bench/scenarios/onboarding';
import { benchForThisFile } from './support/fileBench';
import { goTo } from './support/nav';

const { bench, fake } = benchForThisFile({ fake: {} });

/** Nothing is wider than the window (no sideways scrolling) and no control is clipped off the right edge. */
async function fitsWidth(page: Page): Promise<{ scrollWidth: number; width: number; clipped: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = [...document.querySelectorAll('button, input, select, textarea, a')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > width + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 30)}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, clipped };
  });
}

const serious = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);

describe('accessibility (real Chromium)', () => {
  it('200% text in a 1024×640 window: every screen of the journey fits and passes axe', async () => {
    const hp = await bench.open({ viewport: { width: 1024, height: 640 }, deps: modelPresent(fake) });
    const { page } = hp;
    // The saved text-size setting at 200% from the very first screen (as if chosen on an earlier visit).
    await page.getByTestId('ai-disclosure').waitFor();
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('hearth');
        open.onsuccess = () => resolve(open.result);
      });
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({ id: 'me', theme: 'system', textSize: 200, reducedMotion: 'system', notifications: false, lockAfterMinutes: 15 });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('--text-scale'))).toBe('200%');
    const report: Record<string, unknown> = {};
    const check = async (name: string) => {
      const fit = await fitsWidth(page);
      report[name] = { ...fit, axe: await serious(page) };
      await hp.screenshot(`a11y-200-${name}`);
    };
    await page.getByTestId('ai-disclosure').waitFor();
    await check('welcome');
    await page.getByRole('button', { name: 'Get started' }).click();
    await page.getByTestId('condition-search').fill('lupus');
    await page.locator('[role="option"]').first().waitFor();
    await check('onboarding-condition');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Skip', exact: true }).click();
    await check('onboarding-people');
    await page.getByRole('button', { name: 'Skip', exact: true }).click();
    await check('onboarding-place');
    await page.getByTestId('start-group').click();
    await page.locator(FIRST_FACILITATOR_MESSAGE).first().waitFor();
    await goTo(page, 'settings');
    await expect(page.getByLabel('200%').isChecked()).resolves.toBe(true);
    await check('settings');
    for (const testId of ['home', 'insights', 'real-support'] as const) {
      await goTo(page, testId);
      await page.getByTestId(testId).waitFor();
      await check(testId);
    }
    console.log(JSON.stringify(report));
    for (const [name, r] of Object.entries(report) as [string, { scrollWidth: number; width: number; clipped: string[]; axe: string[] }][]) {
      expect({ name, overflow: r.scrollWidth > r.width, clipped: r.clipped, axe: r.axe }).toEqual({ name, overflow: false, clipped: [], axe: [] });
    }
  }, 90_000);

  it('settings reach <html>: dark theme, reduced motion, Spanish (also for the peers), and back', async () => {
    const hp = await bench.open({ colorScheme: 'light', deps: modelPresent(fake) });
    const { page } = hp;
    await page.getByRole('button', { name: 'Get started' }).click();
    await page.getByTestId('condition-search').fill('asthma');
    await page.keyboard.press('Enter');
    await page.getByTestId('start-group').click();
    await page.locator(FIRST_FACILITATOR_MESSAGE).first().waitFor();
    await page.getByTestId('nav-settings').click();
    const html = page.locator('html');
    await expect(html.getAttribute('data-theme')).resolves.toBe('light');
    await page.getByLabel('Dark').check();
    await expect.poll(() => html.getAttribute('data-theme')).toBe('dark');
    // "Allow movement" wins over a system that asks for less; "Less movement" wins over one that does not.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const duration = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--duration').trim());
    await expect(duration()).resolves.toMatch(/^0m?s$/); // the minified build writes 0ms as 0s
    await page.getByLabel('Allow movement').check();
    await expect.poll(duration).toBe('160ms');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.getByLabel('Less movement').check();
    await expect.poll(() => html.getAttribute('data-motion')).toBe('reduced');
    await expect.poll(duration).toMatch(/^0m?s$/);
    await page.getByLabel('Español').check();
    await expect.poll(() => html.getAttribute('lang')).toBe('es');
    await page.getByRole('heading', { level: 1, name: 'Configuración' }).waitFor();
    // The profile follows, so the peers answer in Spanish too.
    const language = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('hearth');
        open.onsuccess = () => resolve(open.result);
      });
      const row = await new Promise<{ language?: string } | undefined>((resolve) => {
        const req = db.transaction('profile').objectStore('profile').get('me');
        req.onsuccess = () => resolve(req.result as { language?: string } | undefined);
      });
      db.close();
      return row?.language;
    });
    expect(language).toBe('es');
    // A restart keeps all of it.
    await page.reload();
    await page.getByTestId('home').waitFor();
    await expect(html.getAttribute('data-theme')).resolves.toBe('dark');
    await expect(html.getAttribute('lang')).resolves.toBe('es');
    await page.getByTestId('nav-settings').click();
    await page.getByLabel('English').check();
    await page.getByLabel('Same as this computer').first().check();
    await expect.poll(() => html.getAttribute('data-theme')).toBe('light');
    await expect.poll(() => html.getAttribute('lang')).toBe('en');
  }, 60_000);
});
