// Every screen of the journey in English and Spanish, light and dark: a screenshot of each
// (test-results/screenshots/screen-<lang>-<scheme>-<screen>.png) and an axe-core check with no serious
// or critical violations. Real Chromium, real main handlers, fake Ollama with a model installed.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIRST_FACILITATOR_MESSAGE, modelPresent } from '@bench/scenarios/onboarding';
import { join } from 'node:path';
import { SCREENSHOT_DIR, type HearthPage } from './support/harness';
import { benchForThisFile } from './support/fileBench';

const { bench, fake } = benchForThisFile({ fake: {} });

/** Serious and critical axe violations on the page as it is now, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const DAY = 86_400_000;

/** Past check-ins and next steps for a group, written straight into IndexedDB (no passphrase here). */
async function seedJournal(page: Page): Promise<void> {
  await page.evaluate(async (day) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('hearth');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const groups = await new Promise<{ id: string }[]>((resolve) => {
      const req = db.transaction('groups').objectStore('groups').getAll();
      req.onsuccess = () => resolve(req.result as { id: string }[]);
    });
    const groupId = groups[0]?.id ?? '';
    const now = Date.now();
    const tx = db.transaction(['checkIns', 'nextSteps'], 'readwrite');
    const scores = [
      [2, 3, 2, 1, 2],
      [3, 4, 2, 3, 3],
      [3, 4, 3, 4, 3],
      [4, 5, 4, 4, 4],
    ];
    scores.forEach(([informational, emotional, appraisal, instrumental, mood], i) => {
      const at = now - (scores.length - i) * 3 * day;
      tx.objectStore('checkIns').put({ id: `seed-c${i}`, groupId, createdAt: at, informational, emotional, appraisal, instrumental, mood });
    });
    tx.objectStore('nextSteps').put({ id: 'seed-s1', groupId, text: 'Write down three questions for my rheumatologist', status: 'done', createdAt: now - 9 * day, updatedAt: now - 2 * day });
    tx.objectStore('nextSteps').put({ id: 'seed-s2', groupId, text: 'Try resting before the evening, not after', status: 'open', createdAt: now - 3 * day, updatedAt: now - 3 * day });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    localStorage.setItem('hearth.home.lastSeenAt', String(now - 5 * day));
  }, DAY);
}

const VARIANTS = [
  { lang: 'en', locale: 'en-US', scheme: 'light' },
  { lang: 'en', locale: 'en-US', scheme: 'dark' },
  { lang: 'es', locale: 'es-ES', scheme: 'light' },
  { lang: 'es', locale: 'es-ES', scheme: 'dark' },
] as const;

describe('every screen, en/es × light/dark: screenshot and axe', () => {
  for (const v of VARIANTS) {
    it(`${v.lang} ${v.scheme}`, async () => {
      const hp: HearthPage = await bench.open({ locale: v.locale, colorScheme: v.scheme, deps: modelPresent(fake) });
      const { page } = hp;
      const es = v.lang === 'es';
      const found: Record<string, string[]> = {};
      const check = async (screen: string) => {
        await page.evaluate(() => document.fonts.ready);
        await hp.screenshot(`screen-${v.lang}-${v.scheme}-${screen}`);
        // The whole length too, to look at what lies below the fold.
        await page.screenshot({ path: join(SCREENSHOT_DIR, `screen-${v.lang}-${v.scheme}-${screen}-full.png`), fullPage: true });
        found[screen] = await seriousViolations(page);
      };

      await page.getByTestId('ai-disclosure').waitFor();
      await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(v.scheme);
      await check('welcome');
      await page.getByRole('button', { name: es ? 'Empezar' : 'Get started' }).click();
      await page.getByTestId('condition-search').fill(es ? 'lupsu' : 'sugar diab');
      await page.locator('[role="option"]').first().waitFor();
      await check('onboarding-condition');
      await page.keyboard.press('Enter');
      await page.locator('[data-step="situation"]').waitFor();
      await check('onboarding-situation');
      await page.getByRole('button', { name: es ? 'Saltar' : 'Skip', exact: true }).click();
      await page.locator('[data-step="people"]').waitFor();
      await check('onboarding-people');
      await page.getByRole('button', { name: es ? 'Saltar' : 'Skip', exact: true }).click();
      await page.locator('[data-step="place"]').waitFor();
      await check('onboarding-place');
      await page.getByTestId('start-group').click();
      await page.locator(`${FIRST_FACILITATOR_MESSAGE}[data-status="complete"]`).first().waitFor({ timeout: 30_000 });
      await check('group');

      await seedJournal(page);
      await page.getByRole('button', { name: es ? /Terminar|Finalizar/ : 'End session' }).click();
      await page.getByRole('button', { name: es ? /Saltar|Omitir/ : 'Skip' }).click();
      await page.getByTestId('check-in').waitFor();
      await check('check-in');
      await page.getByTestId('full-check-in').click();
      for (const [i, name] of ['informational', 'emotional', 'appraisal', 'instrumental'].entries()) {
        await page.locator(`input[name="${name}"][value="${[4, 5, 4, 5][i]}"]`).check();
      }
      await page.getByTestId('save-check-in').click();
      await page.getByTestId('insights').waitFor();
      await check('insights');
      await page.getByTestId('nav-home').click();
      await page.getByTestId('home').waitFor();
      await page.getByTestId('since-last-time').waitFor();
      await check('home');
      await page.getByTestId('nav-real-support').click();
      await page.getByTestId('real-support').waitFor();
      await check('real-support');
      await page.getByTestId('nav-settings').click();
      await page.getByTestId('settings').waitFor();
      await check('settings');
      await page.getByRole('button', { name: es ? 'Abrir la configuración del modelo' : 'Open model setup' }).click();
      await page.getByTestId('model-setup').waitFor();
      await check('model');
      await page.getByTestId('get-help-now').click();
      await page.getByTestId('crisis-panel').waitFor();
      await check('crisis-panel');
      await page.getByTestId('open-safety-plan').click();
      await page.getByTestId('safety-plan').waitFor();
      await check('safety-plan');

      console.log(`${v.lang} ${v.scheme} axe serious/critical: ${JSON.stringify(found)}`);
      expect(Object.fromEntries(Object.entries(found).filter(([, list]) => list.length > 0))).toEqual({});
      expect(hp.pageErrors).toEqual([]);
      await hp.close();
    }, 120_000);
  }
});
