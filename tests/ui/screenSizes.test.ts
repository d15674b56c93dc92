// Every screen in English and Spanish at 100%, 150% and 200% text, in a 1024×640 window (the small
// window the layout is held to): a screenshot of each, test-results/screenshots/
// size-<lang>-<size>-<screen>.png, for a person to look at, and a measured check that nothing runs off
// the side of the window. One check-in only, so Insights shows its first-check-in view.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIRST_FACILITATOR_MESSAGE, modelPresent } from '@bench/scenarios/onboarding';
import { type HearthPage } from './support/harness';
import { benchForThisFile } from './support/fileBench';
import { goTo } from './support/nav';
import { startWithTextSize, TEXT_SIZES } from './support/textSize';

const { bench, fake } = benchForThisFile({ fake: { speed: { genTokensPerSec: 2000 } } });

/** How far the page runs past the window's right edge, in CSS px (0 when it fits), and the innermost elements that do. */
const overflow = (page: Page): Promise<{ px: number; culprits: string[] }> =>
  page.evaluate(() => {
    const px = Math.max(0, document.documentElement.scrollWidth - innerWidth);
    const over = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > innerWidth + 1 && !el.closest('dialog:not([open])'));
    const innermost = over.filter((el) => !over.some((other) => other !== el && el.contains(other)));
    return { px, culprits: px > 0 ? innermost.slice(0, 4).map((el) => `${el.tagName.toLowerCase()}.${el.className}`) : [] };
  });

const WORDS = {
  en: { start: 'Get started', search: 'lupus', skip: 'Skip', skipStep: 'Skip', end: 'End session', openModel: 'Open model setup' },
  es: { start: 'Empezar', search: 'lupus', skip: 'Saltar', skipStep: 'Omitir', end: /Terminar|Finalizar/, openModel: 'Abrir la configuración del modelo' },
} as const;

describe('every screen at 100/150/200% text, en and es, 1024×640', () => {
  for (const lang of ['en', 'es'] as const) {
    for (const size of TEXT_SIZES) {
      it(`${lang} ${size}%`, async () => {
        const hp: HearthPage = await bench.open({ locale: lang === 'es' ? 'es-MX' : 'en-US', viewport: { width: 1024, height: 640 }, deps: modelPresent(fake) });
        const { page } = hp;
        const w = WORDS[lang];
        const wide: Record<string, { px: number; culprits: string[] }> = {};
        const shot = async (screen: string) => {
          await page.evaluate(() => document.fonts.ready);
          await hp.screenshot(`size-${lang}-${size}-${screen}`);
          wide[screen] = await overflow(page);
        };

        await startWithTextSize(page, size);
        await shot('welcome');
        await page.getByRole('button', { name: w.start }).click();
        await page.getByTestId('condition-search').fill(w.search);
        await page.locator('[role="option"]').first().waitFor();
        await shot('onboarding-condition');
        await page.keyboard.press('Enter');
        await page.locator('[data-step="situation"]').waitFor();
        await shot('onboarding-situation');
        await page.getByRole('button', { name: w.skip, exact: true }).click();
        await page.locator('[data-step="people"]').waitFor();
        await shot('onboarding-people');
        await page.getByRole('button', { name: w.skip, exact: true }).click();
        await page.locator('[data-step="place"]').waitFor();
        await shot('onboarding-place');
        await page.getByTestId('start-group').click();
        await page.locator(`${FIRST_FACILITATOR_MESSAGE}[data-status="complete"]`).first().waitFor({ timeout: 30_000 });
        await shot('group');
        // The people in the group: beside the chat, or in the drawer when the window is narrow for the text.
        const drawer = await page.getByTestId('members-button').isVisible();
        if (drawer) {
          await page.getByTestId('members-button').click();
          await page.getByTestId('members-drawer').waitFor();
          await shot('group-members');
          await page.getByTestId('members-drawer').getByRole('listitem').first().getByRole('button').click();
        } else {
          await page.getByTestId('members-panel').getByRole('listitem').first().getByRole('button').click();
        }
        await page.locator('dialog[aria-labelledby="card-title"]').waitFor();
        await shot('member-card');
        await page.keyboard.press('Escape');

        await page.getByRole('button', { name: w.end }).click();
        await page.getByRole('button', { name: w.skipStep, exact: true }).click();
        await page.getByTestId('check-in').waitFor();
        await shot('check-in');
        await page.getByTestId('full-check-in').click();
        await shot('check-in-full');
        for (const [i, name] of ['informational', 'emotional', 'appraisal', 'instrumental'].entries()) {
          await page.locator(`input[name="${name}"][value="${[3, 4, 2, 4][i]}"]`).check();
        }
        await page.getByTestId('save-check-in').click();
        await page.getByTestId('insights').waitFor();
        await page.getByTestId('first-check-in').waitFor();
        await shot('insights-first');
        await goTo(page, 'home');
        await page.getByTestId('home').waitFor();
        await shot('home');
        await goTo(page, 'real-support');
        await page.getByTestId('real-support').waitFor();
        await shot('real-support');
        await goTo(page, 'settings');
        await page.getByTestId('settings').waitFor();
        await page.getByTestId('model-settings').getByRole('button').first().scrollIntoViewIfNeeded();
        await shot('settings-model');
        await page.getByTestId('model-settings').getByRole('button').first().click();
        await page.getByTestId('model-setup').waitFor();
        await shot('model');
        await page.getByTestId('get-help-now').click();
        await page.getByTestId('crisis-panel').waitFor();
        await shot('crisis-panel');
        await page.getByTestId('open-safety-plan').click();
        await page.getByTestId('safety-plan').waitFor();
        await shot('safety-plan');

        console.log(`${lang} ${size}% overflow px: ${JSON.stringify(Object.fromEntries(Object.entries(wide).map(([k, o]) => [k, o.px ? o : 0])))}`);
        expect(Object.fromEntries(Object.entries(wide).filter(([, o]) => o.px > 0))).toEqual({});
        expect(hp.pageErrors).toEqual([]);
        await hp.close();
      }, 120_000);
    }
  }
});
