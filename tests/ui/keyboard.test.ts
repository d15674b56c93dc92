// Keyboard only: from first launch through onboarding to the group, then one chat turn (a message
// sent, a peer's reply announced in the polite live region). No mouse is used anywhere in this file.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIRST_FACILITATOR_MESSAGE, modelPresent } from '@bench/scenarios/onboarding';
import { benchForThisFile } from './support/fileBench';

const { bench, fake } = benchForThisFile({
  fake: { reply: 'I remember that first month well. Writing my questions down before appointments helped me.', speed: { genTokensPerSec: 400 } },
});

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, matches: (el: { tag: string; text: string; testId: string | null; role: string | null }) => boolean, max = 40): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { tag: a?.tagName.toLowerCase() ?? '', text: (a?.textContent ?? '').trim(), testId: a?.getAttribute('data-testid') ?? null, role: a?.getAttribute('role') ?? null };
    });
    if (matches(el)) return presses;
  }
  throw new Error('focus never reached the target by Tab');
}

/** The focused element shows a visible focus indicator (outline or box-shadow). */
const focusVisible = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a) return false;
    const style = getComputedStyle(a);
    const ring = style.boxShadow !== 'none' || (style.outlineStyle !== 'none' && style.outlineWidth !== '0px');
    // Cards with a native input inside show their ring on the label around it.
    const parent = a.closest('label');
    return ring || (parent ? getComputedStyle(parent).boxShadow !== 'none' : false);
  });

describe('keyboard only (real Chromium)', () => {
  it('onboarding with every optional question answered or skipped, then one chat turn', async () => {
    const hp = await bench.open({ deps: modelPresent(fake) });
    const { page } = hp;
    await page.getByTestId('ai-disclosure').waitFor();

    // The skip link comes first.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className ?? '')).resolves.toContain('skip-link');

    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Get started');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');

    // The search box has focus at once; arrows move through matches, Enter picks one.
    await page.getByTestId('condition-search').waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('condition-search');
    await page.keyboard.type('ibd');
    await page.locator('[role="option"]').nth(1).waitFor();
    await page.keyboard.press('ArrowDown');
    const chosen = await page.locator('[role="option"][aria-selected="true"]').innerText();
    await page.keyboard.press('Enter');

    // Situation: Space toggles a checkbox, then Next.
    await page.locator('[data-step="situation"]').waitFor();
    await tabTo(page, (el) => el.tag === 'input');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Next');
    await page.keyboard.press('Enter');

    // People: arrows choose within a radio group; then Skip would clear, so use Next.
    await page.locator('[data-step="people"]').waitFor();
    await tabTo(page, (el) => el.tag === 'input');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Next');
    await page.keyboard.press('Enter');

    // Place: the country select and format radios are reachable; start the group.
    await page.locator('[data-step="place"]').waitFor();
    await tabTo(page, (el) => el.tag === 'select');
    await tabTo(page, (el) => el.testId === 'start-group');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');

    await page.locator(`${FIRST_FACILITATOR_MESSAGE}[data-status="complete"]`).first().waitFor({ timeout: 30_000 });
    expect(chosen).toMatch(/Crohn|colitis/i);

    // One chat turn: Tab to the composer, type, Enter sends.
    await tabTo(page, (el) => el.testId === 'composer', 60);
    await page.keyboard.type('I was only diagnosed last month and I feel lost.');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="message-list"] article[data-kind="chat"][data-status="complete"]').first().waitFor({ timeout: 30_000 });
    // The reply is announced politely to screen readers.
    const announcer = page.getByTestId('announcer');
    await expect(announcer.getAttribute('aria-live')).resolves.toBe('polite');
    await expect.poll(() => announcer.innerText(), { timeout: 15_000 }).toMatch(/Writing my questions down/);
    await hp.screenshot('keyboard-chat-turn');
    expect(hp.pageErrors).toEqual([]);
  }, 90_000);
});
