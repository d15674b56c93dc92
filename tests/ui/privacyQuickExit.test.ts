// Quick exit and the lock, as a person meets them: nothing of the conversation shows again without
// the passphrase (or, with none, without a deliberate step past a neutral screen), and a key
// remembered on this device opens nothing after a quick exit until the passphrase is typed.
import { describe, expect, it } from 'vitest';
import { modelPresent } from '@bench/scenarios/onboarding';
import { inMemoryPrivacyDeps } from '@main/handlers/privacyHandlers';
import { benchForThisFile } from './support/fileBench';
import { seedInPage } from './privacySeed';

const PASSPHRASE = 'amber lantern harbour';
const MARKER = 'QUICKEXIT-MARKER-2f9a';
const { bench, fake } = benchForThisFile({ fake: { reply: () => 'I kept it to myself for a long time too.' } });

describe('quick exit and the lock (real Chromium)', () => {
  it('onboarding offers the passphrase before anything is written, with the trade-off said plainly; leaving it costs no step', async () => {
    const hp = await bench.open();
    const { page } = hp;
    await page.getByRole('button', { name: /^Get started$/ }).click();
    await page.getByTestId('condition-search').fill('lupus');
    await page.keyboard.press('Enter');
    const offer = page.getByTestId('passphrase-offer');
    await offer.waitFor();
    await expect(offer.innerText()).resolves.toMatch(/anyone who can use this computer account can open Hearth/);
    await page.getByTestId('onboarding-passphrase-open').click();
    await page.getByTestId('onboarding-passphrase').fill('short');
    await page.getByTestId('start-group').click();
    await offer.getByRole('alert').waitFor();
    await expect(offer.innerText()).resolves.toMatch(/nobody can get your groups back/);
    // Nothing of the person is written yet: no profile, no group, no member (the answers are in memory).
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('hearth');
          open.onerror = () => reject(new Error('open failed'));
          open.onsuccess = () => {
            const tx = open.result.transaction(['profile', 'groups', 'members', 'messages']);
            const counts = ['profile', 'groups', 'members', 'messages'].map((name) => tx.objectStore(name).count());
            tx.oncomplete = () => {
              open.result.close();
              resolve(counts.reduce((n, c) => n + (c.result as number), 0));
            };
          };
        }),
    );
    expect(stored).toBe(0);
    await hp.screenshot('onboarding-passphrase-offer');
  });

  it('without a passphrase, quick exit ends an incognito group and covers Hearth with a neutral screen; going on opens home, not the conversation', async () => {
    let hidden = 0;
    const hp = await bench.open({
      deps: (d) => ({ ...modelPresent(fake)(d), privacy: inMemoryPrivacyDeps(() => (hidden++, true)) }),
    });
    const { page } = hp;
    await seedInPage(page, { messages: 3, marker: MARKER });
    await page.reload();
    await page.getByTestId('home').waitFor();
    await page.getByTestId('start-incognito').click();
    await page.getByTestId('incognito-group').waitFor();
    await page.getByTestId('quick-exit').click();
    await page.getByTestId('neutral-screen').waitFor();
    expect(hidden).toBe(1);
    const shown = await page.content();
    expect(shown).not.toContain(MARKER);
    expect(shown).not.toContain('Evening group');
    expect(shown).not.toContain('Incognito');
    await hp.screenshot('privacy-neutral-screen');
    await page.getByTestId('neutral-continue').click();
    await page.getByTestId('home').waitFor();
    expect(await page.getByTestId('incognito-group').count()).toBe(0);
  });

  it('after a quick exit, a key remembered on this device opens nothing at the next start until the passphrase is typed', async () => {
    const hp = await bench.open({ deps: (d) => ({ ...d, privacy: inMemoryPrivacyDeps(() => true) }) });
    const { page } = hp;
    await seedInPage(page, { passphrase: PASSPHRASE, messages: 3, marker: MARKER });
    await page.reload();
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByTestId('home').waitFor();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('remember-key').check();
    await page.getByTestId('remember-passphrase').fill(PASSPHRASE);
    await page.getByTestId('remember-confirm').click();
    await page.getByTestId('remember-on').waitFor();

    // Remembered: a restart opens Hearth without the passphrase.
    await page.reload();
    await page.getByTestId('home').waitFor();

    await page.getByTestId('quick-exit').click();
    await page.getByTestId('unlock-screen').waitFor();
    await page.reload();
    await page.getByTestId('unlock-screen').waitFor();
    expect(await page.content()).not.toContain(MARKER);
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByTestId('home').waitFor();
    // Typed once: remembering works again.
    await page.reload();
    await page.getByTestId('home').waitFor();
  });

  it('Lock now holds the remembered key the same way', async () => {
    const hp = await bench.open({ deps: (d) => ({ ...d, privacy: inMemoryPrivacyDeps(() => true) }) });
    const { page } = hp;
    await seedInPage(page, { passphrase: PASSPHRASE, messages: 3, marker: MARKER });
    await page.reload();
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('remember-key').check();
    await page.getByTestId('remember-passphrase').fill(PASSPHRASE);
    await page.getByTestId('remember-confirm').click();
    await page.getByTestId('remember-on').waitFor();
    await page.getByTestId('lock-now').click();
    await page.getByTestId('unlock-screen').waitFor();
    await page.reload();
    await page.getByTestId('unlock-screen').waitFor();
  });

  it('the model screen says when the server answering was not started by Hearth', async () => {
    const hp = await bench.open({ deps: modelPresent(fake) });
    await hp.page.getByTestId('model-status-chip').click();
    const note = hp.page.getByTestId('server-not-ours');
    await note.waitFor();
    await expect(note.innerText()).resolves.toMatch(/Hearth did not start this server/);
  });
});
