import { describe, expect, it } from 'vitest';
import { inMemoryPrivacyDeps } from '@main/handlers/privacyHandlers';
import { type HearthPage } from './support/harness';
import { rawIndexedDb, seedInPage } from './privacySeed';
import { benchForThisFile } from './support/fileBench';

const MARKER = 'PRIVACY-MARKER-5c1e';
const PASSPHRASE = 'quiet river morning';

const { bench } = benchForThisFile();

/** A page whose quick exit is counted instead of hiding a window. */
async function openCounted(): Promise<{ hp: HearthPage; hidden: () => number }> {
  let hidden = 0;
  const hp = await bench.open({ deps: (d) => ({ ...d, privacy: inMemoryPrivacyDeps(() => (hidden++, true)) }) });
  return { hp, hidden: () => hidden };
}

describe('privacy (real Chromium, built renderer)', () => {
  it('asks for the passphrase at start; a wrong one opens nothing, the right one opens home', async () => {
    const { hp } = await openCounted();
    await seedInPage(hp.page, { passphrase: PASSPHRASE, messages: 40, marker: MARKER });
    await hp.page.reload();
    await hp.page.getByTestId('unlock-screen').waitFor();
    expect(await hp.page.content()).not.toContain(MARKER);
    await hp.screenshot('privacy-unlock');

    await hp.page.getByLabel('Passphrase').fill('quiet river evening');
    await hp.page.getByRole('button', { name: 'Unlock' }).click();
    await hp.page.getByRole('alert').waitFor();
    expect(await hp.page.getByRole('alert').innerText()).toMatch(/did not open/);
    expect(await hp.page.getByTestId('home').count()).toBe(0);
    await hp.screenshot('privacy-unlock-wrong');

    await hp.page.getByLabel('Passphrase').fill(PASSPHRASE);
    await hp.page.getByRole('button', { name: 'Unlock' }).click();
    await hp.page.getByTestId('home').waitFor();
    expect(await hp.page.getByText('Evening group').count()).toBeGreaterThan(0);
    expect(hp.pageErrors).toEqual([]);
  });

  it('while locked, Get help now still opens the crisis lines (from bundled data and the system locale)', async () => {
    const { hp, hidden } = await openCounted();
    await seedInPage(hp.page, { passphrase: PASSPHRASE, messages: 3, marker: MARKER });
    await hp.page.reload();
    await hp.page.getByTestId('unlock-screen').waitFor();
    await hp.page.getByTestId('get-help-now').click();
    const panel = hp.page.getByTestId('crisis-panel');
    await panel.waitFor();
    await expect(panel.innerText()).resolves.toMatch(/988/);
    await hp.screenshot('privacy-locked-help');
    const hiddenBefore = hidden();
    await hp.page.keyboard.press('Escape');
    await hp.page.getByTestId('crisis-panel').waitFor({ state: 'detached' });
    await hp.page.keyboard.press('Escape');
    // Esc closing the panel never doubles as quick exit.
    await hp.page.getByTestId('unlock-screen').waitFor();
    expect(hidden()).toBe(hiddenBefore);
    expect(await hp.page.content()).not.toContain(MARKER);
  });

  it('sets a passphrase from settings (with the plain warning); afterwards IndexedDB holds none of the text', async () => {
    const { hp } = await openCounted();
    await seedInPage(hp.page, { messages: 25, marker: MARKER });
    await hp.page.reload();
    await hp.page.getByTestId('home').waitFor();
    expect(await rawIndexedDb(hp.page)).toContain(MARKER);

    await hp.page.getByTestId('nav-settings').click();
    const section = hp.page.getByTestId('passphrase-settings');
    await section.scrollIntoViewIfNeeded();
    expect(await section.innerText()).toMatch(/If you forget it, your data is gone/);
    await hp.page.getByTestId('passphrase-new').fill('short');
    await hp.page.getByTestId('passphrase-confirm').fill('short');
    await hp.page.getByTestId('passphrase-understood').check();
    await hp.page.getByTestId('passphrase-set').click();
    await section.getByRole('alert').waitFor();
    expect(await section.getByRole('alert').innerText()).toMatch(/at least 8/);

    await hp.page.getByTestId('passphrase-new').fill(PASSPHRASE);
    await hp.page.getByTestId('passphrase-confirm').fill(PASSPHRASE);
    await hp.page.getByTestId('passphrase-set').click();
    const outcome = section.getByRole('status').filter({ hasText: 'passphrase now protects' });
    await outcome.waitFor({ timeout: 30_000 });
    // Said plainly: Hearth deleted its old files, and what the computer keeps on its own is out of reach.
    await expect(outcome.innerText()).resolves.toMatch(/may still hold traces/);
    await hp.screenshot('privacy-settings-set');

    const raw = await rawIndexedDb(hp.page);
    expect(raw).not.toContain(MARKER);
    expect(raw).not.toContain('the fatigue came back');
    expect(raw).not.toContain('Evening group');

    await hp.page.getByTestId('lock-now').click();
    await hp.page.getByTestId('unlock-screen').waitFor();
    expect(await hp.page.content()).not.toContain(MARKER);
  });

  it('quick exit hides Hearth and locks it; the shortcut does the same', async () => {
    const { hp, hidden } = await openCounted();
    await seedInPage(hp.page, { passphrase: PASSPHRASE, messages: 5, marker: MARKER });
    await hp.page.reload();
    await hp.page.getByLabel('Passphrase').fill(PASSPHRASE);
    await hp.page.getByRole('button', { name: 'Unlock' }).click();
    await hp.page.getByTestId('home').waitFor();

    await hp.page.getByTestId('quick-exit').click();
    await hp.page.getByTestId('unlock-screen').waitFor();
    expect(hidden()).toBe(1);

    await hp.page.getByLabel('Passphrase').fill(PASSPHRASE);
    await hp.page.getByRole('button', { name: 'Unlock' }).click();
    await hp.page.getByTestId('home').waitFor();
    await hp.page.keyboard.press('Control+Shift+H');
    await hp.page.getByTestId('unlock-screen').waitFor();
    expect(hidden()).toBe(2);
  });

  it('locks by itself after the idle time the user chose', async () => {
    const { hp } = await openCounted();
    await seedInPage(hp.page, { passphrase: PASSPHRASE, messages: 5, marker: MARKER });
    await hp.page.clock.install();
    await hp.page.reload();
    await hp.page.getByLabel('Passphrase').fill(PASSPHRASE);
    await hp.page.getByRole('button', { name: 'Unlock' }).click();
    await hp.page.getByTestId('home').waitFor();
    // The default is 15 minutes: 14 minutes of quiet keep it open, one more locks it.
    await hp.page.clock.runFor('14:00');
    expect(await hp.page.getByTestId('home').count()).toBe(1);
    await hp.page.clock.runFor('01:10');
    await hp.page.getByTestId('unlock-screen').waitFor();
  });
});
