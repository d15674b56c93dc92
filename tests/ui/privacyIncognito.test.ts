// An incognito group runs like any group but never reaches IndexedDB: after chatting in it, the raw
// records hold none of its text, no other database exists, and closing it leaves nothing behind.
import { describe, expect, it } from 'vitest';
import { modelPresent } from '@bench/scenarios/onboarding';
import { benchForThisFile } from './support/fileBench';
import { rawIndexedDb, seedInPage } from './privacySeed';

const SECRET = 'nobody at work knows about my diagnosis';
const { bench, fake } = benchForThisFile({ fake: { reply: () => 'I kept it to myself for a long time too.' } });

describe('incognito group (real Chromium)', () => {
  it('is clearly marked, works, writes nothing to IndexedDB, and is gone when closed', async () => {
    const hp = await bench.open({ deps: modelPresent(fake) });
    const { page } = hp;
    await seedInPage(page, { messages: 3, marker: 'seeded' });
    await page.reload();
    await page.getByTestId('home').waitFor();
    const before = await rawIndexedDb(page);

    await page.getByTestId('start-incognito').click();
    const incognito = page.getByTestId('incognito-group');
    await incognito.waitFor();
    await expect(incognito.getByRole('status').first().innerText()).resolves.toMatch(/Incognito.*Nothing in this group is saved/is);
    await page.locator('article[data-kind="check-in"]').waitFor({ timeout: 30_000 });
    await page.getByTestId('composer').fill(SECRET);
    await page.keyboard.press('Enter');
    await page.locator('article[data-kind="chat"]', { hasText: 'kept it to myself' }).first().waitFor({ timeout: 30_000 });
    await hp.screenshot('privacy-incognito');

    const during = await rawIndexedDb(page);
    expect(during).not.toContain(SECRET);
    expect(during).not.toContain('kept it to myself');
    expect(during).not.toContain('Incognito group');
    expect(during.length).toBe(before.length);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual(['hearth']);

    await page.getByTestId('close-incognito').click();
    await page.getByTestId('home').waitFor();
    expect(await page.getByTestId('incognito-group').count()).toBe(0);
    expect(await page.getByText('Incognito group', { exact: true }).count()).toBe(0);
    expect(hp.pageErrors).toEqual([]);
  });
});
