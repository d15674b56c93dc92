// The safety plan in real Chromium: reached from the crisis panel, written from the keyboard, saved
// on its own, still there after a reload (restart), with a printable view that carries the country's
// lines and says who wrote it.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type HearthPage } from './support/harness';
import { benchForThisFile } from './support/fileBench';

const { bench } = benchForThisFile();

/** The way a person finds their plan: "Get help now", then "Open my safety plan". */
async function openPlan(page: Page): Promise<void> {
  await page.getByTestId('get-help-now').click();
  await page.getByTestId('open-safety-plan').click();
  await page.getByTestId('safety-plan').waitFor();
  await page.locator('[data-testid="plan-status"]:not([data-status="loading"])').waitFor();
}

/** The values written in one part of the plan. */
const sectionValues = (page: Page, section: string): Promise<string[]> =>
  page.locator(`[data-testid="plan-${section}"] input`).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

async function expectNoSeriousA11yProblems(hp: HearthPage): Promise<void> {
  const { violations } = await new AxeBuilder({ page: hp.page }).include('[data-testid="safety-plan"]').analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

describe('safety plan (real Chromium)', () => {
  it('is written from the keyboard, saves itself, and is still there after a reload', async () => {
    const hp = await bench.open();
    const { page } = hp;
    await openPlan(page);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('My safety plan');
    await expectNoSeriousA11yProblems(hp);

    // Warning signs: type, Enter starts the next line (focus moves there), type again.
    await page.getByLabel('My warning signs, item 1').focus();
    await page.keyboard.type('Not sleeping for days');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id)).resolves.toBeTruthy();
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe('');
    await page.keyboard.type('Skipping meals');
    // Tab moves on to "Remove", then "Add" — all reachable without a mouse.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Remove');
    await page.getByLabel('Things that help me, item 1').fill('A walk with the dog');
    await page.getByLabel('People and places, item 1').fill('My sister Ana, 555 0100');
    await page.getByLabel('Professionals and lines I can call, item 1').fill('Dr Rivera, 555 0199');
    await page.getByLabel('What matters to me, item 1').fill('My kids');
    await page.locator('[data-testid="plan-status"][data-status="saved"]').waitFor();
    await expect(page.getByTestId('plan-status').innerText()).resolves.toBe('Saved on this computer');
    await expect(page.getByTestId('plan-help-lines').innerText()).resolves.toMatch(/Emergency number: 911[\s\S]*988 Suicide & Crisis Lifeline: Call 988/);
    await hp.screenshot('crisis-safety-plan');

    // Remove a line from the keyboard, then restart.
    await page.getByRole('button', { name: 'Add to “What matters to me”' }).click();
    await page.keyboard.type('Finishing my garden');
    await page.getByRole('button', { name: 'Remove item 1 from “What matters to me”' }).click();
    await page.locator('[data-testid="plan-status"][data-status="saved"]').waitFor();
    await page.reload();
    // In the crisis panel, the plan's in-the-moment parts are right there.
    await page.getByTestId('get-help-now').click();
    const peek = page.getByTestId('crisis-plan-peek');
    await expect.poll(() => peek.innerText()).toMatch(/From your safety plan[\s\S]*A walk with the dog[\s\S]*My sister Ana, 555 0100[\s\S]*Dr Rivera, 555 0199/);
    await expect(peek.innerText()).resolves.not.toMatch(/Not sleeping/);
    await page.keyboard.press('Escape');
    await openPlan(page);
    await expect(sectionValues(page, 'warningSigns')).resolves.toEqual(['Not sleeping for days', 'Skipping meals']);
    await expect(sectionValues(page, 'thingsThatHelp')).resolves.toEqual(['A walk with the dog']);
    await expect(sectionValues(page, 'peopleAndPlaces')).resolves.toEqual(['My sister Ana, 555 0100']);
    await expect(sectionValues(page, 'professionals')).resolves.toEqual(['Dr Rivera, 555 0199']);
    await expect(sectionValues(page, 'reasonsToKeepGoing')).resolves.toEqual(['Finishing my garden']);
    expect(hp.pageErrors).toEqual([]);
  });

  it('an edit made just before leaving the screen is not lost', async () => {
    const hp = await bench.open();
    const { page } = hp;
    await openPlan(page);
    await page.getByLabel('Things that help me, item 1').fill('Music');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByTestId('ai-disclosure').waitFor();
    await page.reload();
    await openPlan(page);
    await expect(sectionValues(page, 'thingsThatHelp')).resolves.toEqual(['Music']);
  });

  it('has a printable view with the plan, the lines to call and the disclosure', async () => {
    const hp = await bench.open({ locale: 'en-GB' });
    const { page } = hp;
    await openPlan(page);
    await page.getByLabel('My warning signs, item 1').fill('Pulling away from friends');
    await page.locator('[data-testid="plan-status"][data-status="saved"]').waitFor();
    await page.getByTestId('plan-printable').click();
    const printable = page.getByTestId('safety-plan-printable');
    await printable.waitFor();
    const text = await printable.innerText();
    expect(text).toMatch(/My warning signs\s+Pulling away from friends/);
    expect(text).toMatch(/Things that help me\s+Nothing written here yet/);
    expect(text).toMatch(/Emergency number: 999/);
    expect(text).toMatch(/Samaritans: Call 116 123/);
    await expect(page.getByTestId('plan-disclosure').innerText()).resolves.toMatch(/Nothing in this plan was written by AI/);
    await expectNoSeriousA11yProblems(hp);
    await page.emulateMedia({ media: 'print' });
    await hp.screenshot('crisis-safety-plan-print');
    await expect(page.getByTestId('get-help-now').evaluate((el) => getComputedStyle(el).visibility)).resolves.toBe('hidden');
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('plan-edit').click();
    await expect(sectionValues(page, 'warningSigns')).resolves.toEqual(['Pulling away from friends']);
    // Once the plan is off the page, its print rule no longer hides other screens (its stylesheet stays loaded).
    await page.getByTestId('safety-plan').getByRole('button', { name: /back/i }).click();
    await page.getByTestId('safety-plan').waitFor({ state: 'detached' });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('main').evaluate((el) => getComputedStyle(el).visibility)).resolves.toBe('visible');
    await page.emulateMedia({ media: 'screen' });
  });

  it('reads as Spanish for a Spanish speaker', async () => {
    const hp = await bench.open({ locale: 'es-ES' });
    await openPlan(hp.page);
    await expect(hp.page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Mi plan de seguridad');
    await expect(hp.page.getByTestId('plan-help-lines').innerText()).resolves.toMatch(/Número de emergencias: 112[\s\S]*Llamar al 024/);
    await hp.screenshot('crisis-safety-plan-es');
  });
});
