import { describe, expect, it } from 'vitest';
import { modelPresent } from '@bench/scenarios/onboarding';
import { type ScriptRequest } from '../fake-ollama';
import { SCREENSHOT_DIR } from './support/harness';
import { startGroupThroughOnboarding } from './support/startGroup';
import { benchForThisFile } from './support/fileBench';

const { bench, startFake } = benchForThisFile();

const isClose = (req: ScriptRequest) => /YOUR TASK: Close the session/.test(req.prompt);

async function openWithModel(reply: (req: ScriptRequest) => string, genTokensPerSec = 300) {
  const fake = await startFake({ reply, speed: { genTokensPerSec } });
  const hp = await bench.open({ deps: modelPresent(fake) });
  return { fake, hp, page: hp.page };
}

const peerBubbles = (page: import('playwright-core').Page) => page.locator('[data-testid="message-list"] article[data-kind="chat"]');

describe('a full group session in Chromium (fake Ollama, real everything else)', () => {
  it('open → check-in → a message → 1–3 peers reply with citations → close with a next step', async () => {
    const { page, hp } = await openWithModel((req) =>
      isClose(req)
        ? 'Thank you for being here today and for being so honest. What is one small step you would like to take this week?'
        : 'I know that feeling well. My stomach was rough on it at first too [1]. It settled after a few weeks for me.',
    );
    await startGroupThroughOnboarding(page);
    const checkIn = page.locator('article[data-kind="check-in"]');
    await checkIn.waitFor();
    await expect(checkIn.innerText()).resolves.toMatch(/AI-generated/);
    await hp.screenshot('session-1-check-in');

    await page.getByTestId('composer').fill('Metformin is wrecking my stomach, has anyone had that?');
    await page.keyboard.press('Enter');
    // Replies appear whole once the triage and the review have passed them; then the round ends.
    await peerBubbles(page).first().waitFor();
    await page.waitForFunction(() => !document.querySelector('button') || ![...document.querySelectorAll('button')].some((b) => b.textContent === 'Stop'));
    const replies = peerBubbles(page);
    const count = await replies.count();
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(3);
    for (let i = 0; i < count; i++) {
      const reply = replies.nth(i);
      await expect(reply.innerText()).resolves.toMatch(/settled after a few weeks/);
      await expect(reply.getByRole('button', { name: /Source 1:/ }).count()).resolves.toBeGreaterThan(0);
      await expect(reply.locator('text=AI').first().isVisible()).resolves.toBe(true);
    }
    await hp.screenshot('session-2-replies');

    await page.getByRole('button', { name: 'End session' }).click();
    const close = page.locator('article[data-kind="close"][data-status="complete"]');
    await close.waitFor();
    await expect(close.innerText()).resolves.toMatch(/small step/);
    await page.getByLabel('What would you like to do before next time?').fill('Ask my pharmacist about taking it with food');
    await hp.screenshot('session-3-close');
    await page.getByRole('button', { name: 'Save my step' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="composer"]'));

    expect(hp.pageErrors).toEqual([]);
  });

  it('a citation opens inside Hearth first: the fact, its publisher, the day it was checked; the browser second', async () => {
    const { page, hp } = await openWithModel(() => 'I know that feeling well. My stomach was rough on it at first too [1]. It settled after a few weeks for me.');
    await startGroupThroughOnboarding(page);
    await page.locator('article[data-kind="check-in"]').waitFor();
    await page.getByTestId('composer').fill('Metformin is wrecking my stomach, has anyone had that?');
    await page.keyboard.press('Enter');
    await peerBubbles(page).first().waitFor();
    await page.waitForFunction(() => ![...document.querySelectorAll('button')].some((b) => b.textContent === 'Stop'));
    await peerBubbles(page).first().getByRole('button', { name: /Source 1:/ }).first().click();
    const popover = page.locator('[data-testid="citation-popover"]:popover-open');
    await popover.getByTestId('citation-fact').waitFor();
    await expect(popover.getByTestId('citation-fact').innerText()).resolves.toMatch(/metformin/i);
    await expect(popover.getByTestId('citation-checked').innerText()).resolves.toMatch(/\d{4}/);
    expect(hp.opened).toEqual([]);
    await hp.screenshot('session-2-citation-popover');
    await popover.getByTestId('citation-open').click();
    await expect.poll(() => hp.opened.length).toBe(1);
    expect(hp.opened[0]).toMatch(/^https:\/\//);
    await page.locator('[data-testid="citation-popover"]:popover-open').waitFor({ state: 'detached' });
    expect(hp.pageErrors).toEqual([]);
  });

  it('after a citation popover and "Open source", "End session" still brings the facilitator’s close', async () => {
    const { page, hp } = await openWithModel((req) =>
      isClose(req)
        ? 'Thank you for being here today and for being so honest. What is one small step you would like to take this week?'
        : 'I know that feeling well. My stomach was rough on it at first too [1]. It settled after a few weeks for me.',
    );
    await startGroupThroughOnboarding(page);
    await page.locator('article[data-kind="check-in"]').waitFor();
    await page.getByTestId('composer').fill('Metformin is wrecking my stomach, has anyone had that?');
    await page.keyboard.press('Enter');
    await peerBubbles(page).first().waitFor();
    await page.waitForFunction(() => ![...document.querySelectorAll('button')].some((b) => b.textContent === 'Stop'));
    await peerBubbles(page).first().getByRole('button', { name: /Source 1:/ }).first().click();
    const popover = page.locator('[data-testid="citation-popover"]:popover-open');
    await popover.getByTestId('citation-fact').waitFor();
    await popover.getByTestId('citation-open').click();
    await expect.poll(() => hp.opened.length).toBe(1);
    await page.locator('[data-testid="citation-popover"]:popover-open').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'End session' }).click();
    const close = page.locator('article[data-kind="close"][data-status="complete"]');
    await close.waitFor();
    await expect(close.innerText()).resolves.toMatch(/small step/);
    await page.getByLabel('What would you like to do before next time?').waitFor();
    expect(hp.pageErrors).toEqual([]);
  });

  it('medical advice from the model, twice, never reaches the screen; the facilitator’s redirect does', async () => {
    const { page, hp, fake } = await openWithModel(() => 'Honestly, you should stop taking your metformin for a week and see.');
    await startGroupThroughOnboarding(page);
    await page.locator('article[data-kind="check-in"]').waitFor();
    const seen: string[] = [];
    await page.exposeFunction('__seen', (text: string) => seen.push(text));
    await page.evaluate(() => {
      const w = window as unknown as { __seen: (t: string) => void };
      new MutationObserver(() => w.__seen(document.body.innerText)).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByTestId('composer').fill('My stomach hates metformin');
    await page.keyboard.press('Enter');
    await page.locator('article[data-kind="advice-redirect"]').first().waitFor();
    await page.waitForFunction(() => ![...document.querySelectorAll('button')].some((b) => b.textContent === 'Stop'));
    expect(seen.some((t) => /should stop taking/i.test(t))).toBe(false);
    expect(await page.locator('body').innerText()).not.toMatch(/should stop taking/i);
    expect(fake.stats.calls.length).toBeGreaterThanOrEqual(2);
    await hp.screenshot('session-advice-redirect');
  });

  it('a crisis message opens the panel with the country’s lines in the same turn, with the model server stopped', async () => {
    const { page, hp, fake } = await openWithModel(() => 'A peer reply that must never appear.');
    await startGroupThroughOnboarding(page);
    await page.locator('article[data-kind="check-in"]').waitFor();
    await fake.close();
    await page.getByTestId('composer').fill("I don't want to be alive anymore. I have the pills ready for tonight.");
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('crisis-panel');
    await panel.waitFor();
    await expect(panel.innerText()).resolves.toMatch(/988/);
    await expect(panel.innerText()).resolves.toMatch(/911/);
    await expect(page.locator('article[data-kind="crisis-script"]').innerText()).resolves.toBeTruthy();
    await hp.screenshot('session-crisis-panel');
    expect(await peerBubbles(page).count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toMatch(/must never appear/);
  });

  it('closing the page mid-round keeps every reply that was on screen, whole; nothing unreviewed appears on reopen', async () => {
    const { page, hp, fake } = await openWithModel(() => 'The first sentence is here. The second sentence is here too. And a third one that takes a while to finish.', 6);
    await startGroupThroughOnboarding(page);
    await page.locator('article[data-kind="check-in"]').waitFor();
    await page.getByTestId('composer').fill('I am so tired all the time lately');
    await page.keyboard.press('Enter');
    // Peers appear whole, after their typing indicator and the review: the first reply arrives complete.
    const first = page.locator('article[data-kind="chat"]', { hasText: 'The first sentence is here.' }).first();
    await first.waitFor({ timeout: 30_000 });
    await expect(first.innerText()).resolves.toMatch(/And a third one that takes a while to finish\./);
    const shown = await page.locator('[data-testid="message-list"] article[data-kind="chat"]').count();
    await page.close();

    const again = await hp.context.newPage();
    await again.goto(`${hp.origin}/`);
    await again.getByTestId('nav-home').waitFor();
    await again.getByRole('button', { name: /continue|open/i }).first().click();
    await again.locator('article[data-kind="chat"]').first().waitFor();
    await expect(again.getByRole('article', { name: 'You' }).last().innerText()).resolves.toMatch(/so tired all the time/);
    const replies = again.locator('[data-testid="message-list"] article[data-kind="chat"]');
    expect(await replies.count()).toBeGreaterThanOrEqual(shown);
    for (let i = 0; i < (await replies.count()); i++) await expect(replies.nth(i).innerText()).resolves.toMatch(/And a third one that takes a while to finish\./);
    await expect(again.locator('article[data-status="streaming"], article[data-status="interrupted"]').count()).resolves.toBe(0);
    expect(fake.stats.calls.some((c) => c.outcome === 'aborted' || c.outcome === 'stop')).toBe(true);
    await again.screenshot({ path: `${SCREENSHOT_DIR}/session-reopened-after-close.png` });
  });
});
