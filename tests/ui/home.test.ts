// Home in real Chromium: the person's groups (continue, rename, leave, delete), a new group and a buddy
// chat, search across history, and "since you were last here". Fake Ollama with a model installed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIRST_FACILITATOR_MESSAGE, modelPresent, runOnboardingJourney } from '@bench/scenarios/onboarding';
import { benchForThisFile } from './support/fileBench';

const { bench, fake } = benchForThisFile({ fake: {} });

const groupCount = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('hearth');
      open.onsuccess = () => resolve(open.result);
    });
    const rows = await new Promise<{ leftAt?: number }[]>((resolve) => {
      const req = db.transaction('groups').objectStore('groups').getAll();
      req.onsuccess = () => resolve(req.result as { leftAt?: number }[]);
    });
    db.close();
    return { all: rows.length, left: rows.filter((r) => r.leftAt !== undefined).length };
  });

describe('home (real Chromium)', () => {
  it('groups: continue, rename, a buddy chat, search, leave and delete; what changed since last time', async () => {
    const hp = await bench.open({ deps: modelPresent(fake) });
    const { page } = hp;
    await runOnboardingJourney(hp);
    const opening = await page.locator(FIRST_FACILITATOR_MESSAGE).first().innerText();

    await page.getByTestId('nav-home').click();
    const cards = page.getByTestId('group-card');
    await expect.poll(() => cards.count()).toBe(1);
    await expect(cards.first().innerText()).resolves.toMatch(/Lupus/);

    // Rename.
    await cards.first().getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New name for this group').fill('My Tuesday group');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => cards.first().getByRole('heading').innerText()).toBe('My Tuesday group');

    // Continue opens the group.
    await cards.first().getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('message-list').waitFor();

    // A buddy chat from home.
    await page.getByTestId('nav-home').click();
    await page.getByTestId('start-buddy').click();
    await page.getByTestId('message-list').waitFor();
    await page.getByTestId('nav-home').click();
    await expect.poll(() => cards.count()).toBe(2);
    await hp.screenshot('home-two-groups');

    // Search finds a word of the facilitator's opening and opens its group.
    const word = opening.split(/[^\p{L}]+/u).find((w) => w.length >= 7) ?? 'group';
    await page.getByTestId('history-search').fill(word.toLowerCase());
    const hit = page.getByRole('list', { name: 'Matching messages' }).getByRole('button').first();
    await expect.poll(() => hit.innerText()).toMatch(new RegExp(word, 'i'));
    await hp.screenshot('home-search');
    await page.getByTestId('history-search').fill('zzqxnotaword');
    await page.getByText('Nothing found. Try fewer or different words.').waitFor();

    // Leave keeps the group (hidden); delete removes it.
    await cards.nth(1).getByRole('button', { name: 'Leave' }).click();
    await page.getByRole('button', { name: 'Leave group' }).click();
    await expect.poll(() => cards.count()).toBe(1);
    await expect(groupCount(page)).resolves.toEqual({ all: 2, left: 1 });
    await cards.first().getByRole('button', { name: 'Delete' }).click();
    await hp.screenshot('home-delete-confirm');
    await page.getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => cards.count()).toBe(0);
    await expect(groupCount(page)).resolves.toEqual({ all: 1, left: 1 });
    await page.getByText("You're not in a group at the moment.", { exact: false }).waitFor();

    // A new group from home.
    await page.getByLabel('What to talk about').selectOption('work');
    await page.getByTestId('start-new-group').click();
    await page.locator(FIRST_FACILITATOR_MESSAGE).first().waitFor();

    // Next visit: what changed since the last one.
    await page.evaluate(() => localStorage.setItem('hearth.home.lastSeenAt', String(Date.now() - 60_000)));
    await page.reload();
    await page.getByTestId('since-last-time').waitFor();
    await expect(page.getByTestId('since-last-time').innerText()).resolves.toMatch(/You started “/);
    expect(hp.pageErrors).toEqual([]);
  }, 90_000);
});
