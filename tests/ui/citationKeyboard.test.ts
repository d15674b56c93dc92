// Citations by keyboard (issue 14): each cited source is one Tab stop, so a busy group does not cost
// a keyboard user many presses to get back to the message box. The inline marker is still there for
// the pointer and still tells a screen reader which source it points to; the popover (fact, publisher,
// day checked, "Open source") opens with Enter or Space, and Escape hands focus back to where it was.
// Screenshots: test-results/screenshots/citations-keyboard-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { modelPresent } from '@bench/scenarios/onboarding';
import { benchForThisFile } from './support/fileBench';
import { startGroupThroughOnboarding } from './support/startGroup';

const { bench, startFake } = benchForThisFile();

// Three markers a reply; the planner offers up to eight facts, so each one resolves to a source.
const REPLY = 'I know that feeling well. My stomach was rough on it at first too [1]. The tiredness came with it [2], and it came and went [3]. It settled after a few weeks for me.';

const peerReplies = (page: Page) => page.locator('[data-testid="message-list"] article[data-kind="chat"]');

/** Sends a message and waits for the round of replies to end. */
async function sendAndWait(page: Page, text: string, repliesBefore: number): Promise<void> {
  await page.getByTestId('composer').fill(text);
  await page.keyboard.press('Enter');
  await expect.poll(() => peerReplies(page).count(), { timeout: 30_000 }).toBeGreaterThan(repliesBefore);
  await page.waitForFunction(() => ![...document.querySelectorAll('button')].some((b) => b.textContent === 'Stop'));
}

/** Presses Tab until the message box has focus; the number of presses. */
async function tabsToComposer(page: Page, max = 120): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'composer')) return presses;
  }
  throw new Error('Tab never reached the message box');
}

describe('citations by keyboard (real Chromium, fake Ollama)', () => {
  it('each source is one Tab stop; Enter or Space opens its popover, Escape gives focus back; the marker still names its source', async () => {
    const fake = await startFake({ reply: REPLY, speed: { genTokensPerSec: 2000 } });
    const hp = await bench.open({ deps: modelPresent(fake) });
    const { page } = hp;
    await startGroupThroughOnboarding(page);
    await page.locator('article[data-kind="check-in"]').waitFor();
    await sendAndWait(page, 'Metformin is wrecking my stomach, has anyone had that?', 0);
    await sendAndWait(page, 'Did the tiredness with metformin ever settle for you?', await peerReplies(page).count());

    const replies = await peerReplies(page).count();
    const sources = await page.locator('[data-testid="message-list"] [data-testid="citation-chip"]').count();
    const markers = await page.locator('[data-testid="message-list"] [data-testid="citation-marker"]').count();
    expect(replies).toBeGreaterThanOrEqual(2);
    expect(sources).toBeGreaterThanOrEqual(3 * 2);
    expect(markers).toBe(sources);

    // From the newest reply's name to the message box: its name, one stop per source, then the box.
    const last = peerReplies(page).last();
    const lastSources = await last.locator('[data-testid="citation-chip"]').count();
    await last.locator('button').first().focus();
    const fromLast = await tabsToComposer(page);
    // From the group's last header control, through the whole conversation shown, to the box.
    await page.getByRole('button', { name: 'End session' }).focus();
    const fromHeader = await tabsToComposer(page);
    console.log(JSON.stringify({ replies, sources, lastSources, tabs: { fromLastReply: fromLast, fromHeader } }));
    // The newest reply: its name button, each source once, then the message box.
    expect(fromLast).toBe(lastSources + 1);
    // No marker is a Tab stop; every chip is, once.
    await expect(page.locator('[data-testid="citation-marker"]:not([tabindex="-1"])').count()).resolves.toBe(0);

    // A screen reader still hears what each marker points to: a button named for its source.
    const marker = last.locator('[data-testid="citation-marker"]').first();
    await expect(marker.getAttribute('aria-label')).resolves.toMatch(/^Source 1: .+, .+/);
    await expect(last.getByRole('button', { name: /^Source 1: / }).count()).resolves.toBeGreaterThan(0);

    // By keyboard: Tab to the newest reply's first source, Enter opens it with focus inside.
    await last.locator('button').first().focus();
    await page.keyboard.press('Tab');
    const chip = last.locator('[data-testid="citation-chip"]').first();
    await expect(chip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    const popover = page.locator('[data-testid="citation-popover"]:popover-open');
    await popover.getByTestId('citation-fact').waitFor();
    await expect(popover.evaluate((el) => el.contains(document.activeElement))).resolves.toBe(true);
    await expect(popover.getByTestId('citation-checked').innerText()).resolves.toMatch(/\d{4}/);
    await expect(popover.getByTestId('citation-open').isVisible()).resolves.toBe(true);
    await expect(popover.getAttribute('aria-label')).resolves.toMatch(/^Source 1/);
    await hp.screenshot('citations-keyboard-popover');
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });
    await expect(chip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // Space opens it too; Tab reaches "Open source" inside; Escape still returns to the chip. The Esc
    // that closed a popover is not half of the double Esc that hides Hearth (quick exit): a second one
    // straight after leaves Hearth where it was.
    await page.keyboard.press('Space');
    await popover.getByTestId('citation-fact').waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('citation-open');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });
    await expect(page.getByTestId('neutral-screen').count()).resolves.toBe(0);
    await expect(chip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // The marker in the text opens the same source for the pointer.
    await marker.click();
    await popover.getByTestId('citation-fact').waitFor();
    await expect(page.locator('[data-testid="citation-popover"]:popover-open').count()).resolves.toBe(1);
    await hp.screenshot('citations-keyboard-from-marker');
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });
    expect(hp.opened).toEqual([]);
    expect(hp.pageErrors).toEqual([]);
  });
});
