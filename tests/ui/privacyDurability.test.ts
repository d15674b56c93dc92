// Durability with encryption on: the page is closed mid-round while a passphrase protects the data.
// After reopening and unlocking, the user's message and every reply that was on screen are there
// (peers appear whole once reviewed, so a reply is stored when it is shown), and the raw IndexedDB
// records never held either text in the clear.
import { describe, expect, it } from 'vitest';
import { modelPresent } from '@bench/scenarios/onboarding';
import { benchForThisFile } from './support/fileBench';
import { startGroupThroughOnboarding } from './support/startGroup';
import { rawIndexedDb } from './privacySeed';

const PASSPHRASE = 'slow tide at dusk';
const USER_TEXT = 'my joints ache every single morning';
const FIRST = 'The first sentence is here.';

// Slow enough that the page is closed while a later peer is still typing.
const { bench, fake } = benchForThisFile({ fake: { reply: () => `${FIRST} The second sentence is here too. And a third one that takes a while to finish.`, speed: { genTokensPerSec: 6 } } });

describe('durability with a passphrase (real Chromium)', () => {
  it('closing the page mid-round keeps the message and the replies on screen, encrypted', async () => {
    const hp = await bench.open({ deps: modelPresent(fake) });
    const { page } = hp;
    await startGroupThroughOnboarding(page);
    await page.locator('article[data-kind="check-in"]').waitFor({ timeout: 60_000 });

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('passphrase-new').fill(PASSPHRASE);
    await page.getByTestId('passphrase-confirm').fill(PASSPHRASE);
    await page.getByTestId('passphrase-understood').check();
    await page.getByTestId('passphrase-set').click();
    await page.getByTestId('lock-now').waitFor({ timeout: 30_000 });

    await page.getByTestId('nav-home').click();
    await page.getByRole('button', { name: /continue|open/i }).first().click();
    await page.getByTestId('composer').fill(USER_TEXT);
    await page.keyboard.press('Enter');
    await page.locator('article[data-kind="chat"]', { hasText: FIRST }).first().waitFor({ timeout: 30_000 });
    await page.close();

    const again = await hp.context.newPage();
    await again.goto(`${hp.origin}/`);
    await again.getByTestId('unlock-screen').waitFor();
    const raw = await rawIndexedDb(again);
    expect(raw).not.toContain(USER_TEXT);
    expect(raw).not.toContain(FIRST);

    await again.getByTestId('unlock-screen').waitFor();
    await again.getByLabel('Passphrase').fill(PASSPHRASE);
    await again.getByRole('button', { name: 'Unlock' }).click();
    await again.getByTestId('nav-home').waitFor();
    await again.getByRole('button', { name: /continue|open/i }).first().click();
    const reply = again.locator('article[data-kind="chat"]', { hasText: FIRST }).first();
    await reply.waitFor();
    await expect(reply.innerText()).resolves.toMatch(/And a third one that takes a while to finish\./);
    await expect(again.getByRole('article', { name: 'You' }).last().innerText()).resolves.toMatch(/every single morning/);
  });
});
