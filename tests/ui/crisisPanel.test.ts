// The crisis panel in real Chromium over the real main handlers: "Get help now" on every screen,
// the right lines per country from the bundled data (no model, no network), links that leave the app
// only through main, keyboard-only use, and axe. Screenshots land in test-results/screenshots/crisis-*.png.
import AxeBuilder from '@axe-core/playwright';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withModelRuntime, type HearthPage } from './support/harness';
import { benchForThisFile } from './support/fileBench';
import { firstLineInView } from './support/crisisInView';
import { startWithTextSize } from './support/textSize';

const { bench } = benchForThisFile();

/** An address where no model server answers: help must not depend on one. */
async function noModelServer(): Promise<string> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return `http://127.0.0.1:${port}`;
}

/** Opens the panel the way a person does, and waits for it. */
async function openPanel(hp: HearthPage) {
  await hp.page.getByTestId('get-help-now').click();
  const panel = hp.page.getByTestId('crisis-panel');
  await panel.waitFor();
  return panel;
}

/** The ids of the lines shown, in order. */
const lineIds = (page: Page, within = '[data-testid="crisis-panel"]'): Promise<string[]> =>
  page.locator(`${within} [data-testid="help-line"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-line-id') ?? ''));

/** Whether keyboard focus is inside the crisis panel. */
const focusInPanel = (page: Page): Promise<boolean> => page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="crisis-panel"]')));

/** axe-core on the panel: no serious or critical accessibility problems. */
async function expectNoSeriousA11yProblems(hp: HearthPage, selector: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page: hp.page }).include(selector).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

/** Writes a row straight into the app's IndexedDB (as an earlier session would have), once the app has opened it. */
async function putRow(page: Page, store: string, row: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    ({ store, row }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('hearth');
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => reject(new Error('the app has not created its database yet'));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(store, 'readwrite');
          tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    { store, row },
  );
}

describe('crisis panel (real Chromium, bundled data only)', () => {
  it('"Get help now" opens the panel on every screen; focus moves in; Esc closes and focus returns', async () => {
    const hp = await bench.open({ deps: withModelRuntime(await noModelServer()) });
    const { page } = hp;
    const nav = (name: string) => async () => {
      await page.getByTestId(`nav-${name}`).click();
      await page.getByTestId(name).waitFor();
    };
    const screens: { name: string; reach: () => Promise<void> }[] = [
      { name: 'welcome', reach: () => page.getByTestId('ai-disclosure').waitFor() },
      {
        name: 'onboarding',
        reach: async () => {
          await page.getByRole('button', { name: /get started/i }).click();
          await page.getByTestId('onboarding').waitFor();
        },
      },
      {
        name: 'group',
        reach: async () => {
          await page.getByTestId('get-help-now').waitFor();
          await page.getByLabel(/your condition/i).fill('T2D');
          await page.keyboard.press('Enter');
          await page.getByRole('button', { name: /start my group now/i }).click();
          await page.getByTestId('message-list').waitFor();
        },
      },
      {
        name: 'check-in',
        reach: async () => {
          await page.getByRole('button', { name: 'End session' }).click();
          await page.getByRole('button', { name: 'Skip' }).click();
          await page.getByTestId('check-in').waitFor();
        },
      },
      { name: 'home', reach: nav('home') },
      { name: 'insights', reach: nav('insights') },
      { name: 'real-support', reach: nav('real-support') },
      { name: 'settings', reach: nav('settings') },
      {
        name: 'model',
        reach: async () => {
          // After onboarding, the model's state lives in Settings.
          await page.getByRole('button', { name: 'Open model setup' }).click();
          await page.getByTestId('model-setup').waitFor();
        },
      },
      {
        name: 'safety-plan',
        reach: async () => {
          await openPanel(hp);
          await page.getByTestId('open-safety-plan').click();
          await page.getByTestId('safety-plan').waitFor();
        },
      },
    ];
    for (const screen of screens) {
      await screen.reach();
      const panel = await openPanel(hp);
      await expect(focusInPanel(page), screen.name).resolves.toBe(true);
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('crisis-title');
      await expect(panel.getByRole('heading', { level: 2 }).innerText()).resolves.toBe('Help is here, right now');
      await expect(panel.getByTestId('help-line').count(), screen.name).resolves.toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid')), screen.name).resolves.toBe('get-help-now');
    }
    expect(hp.pageErrors).toEqual([]);
  });

  it('US: 988 by call, text and chat, the Crisis Text Line, 911, and the poison and domestic violence lines', async () => {
    const hp = await bench.open({ locale: 'en-US' });
    const { page } = hp;
    const panel = await openPanel(hp);
    await expect(panel.getAttribute('data-country')).resolves.toBe('US');
    await expect(lineIds(page)).resolves.toEqual(['us-988', 'us-crisis-text-line', 'us-988-spanish-text', 'us-poison-help', 'us-domestic-violence-hotline']);

    const lifeline = panel.locator('[data-line-id="us-988"]');
    await expect(lifeline.getByTestId('phone-number').innerText()).resolves.toBe('988');
    const hrefs = await lifeline.locator('button[data-href]').evaluateAll((els) => els.map((e) => e.getAttribute('data-href')));
    expect(hrefs).toEqual(['tel:988', 'sms:988', 'https://988lifeline.org/']);
    // No keyword for the Crisis Text Line: no current page confirms one, so its number is shown as it is.
    await expect(panel.locator('[data-line-id="us-crisis-text-line"] [data-testid="phone-number"]').innerText()).resolves.toBe('741741');
    await expect(panel.getByTestId('emergency').getByTestId('phone-number').innerText()).resolves.toBe('911');
    await expect(panel.locator('[data-line-id="us-poison-help"] [data-testid="phone-number"]').innerText()).resolves.toBe('1-800-222-1222');
    await expect(panel.locator('[data-line-id="us-domestic-violence-hotline"] [data-testid="phone-number"]').innerText()).resolves.toBe('800-799-7233');
    await expect(panel.getByTestId('crisis-disclosure').innerText()).resolves.toMatch(/Real people answer these lines, not AI/);
    await hp.screenshot('crisis-panel-us');

    // Copy goes through main (so a quick exit can clear it) and says plainly that clipboard history may keep it.
    await lifeline.getByRole('button', { name: 'Copy the number 988' }).click();
    // The note comes once main has copied it (a round trip): wait for it rather than look at once.
    await lifeline.getByText(/clipboard history may keep a copy/).waitFor();

    // Links leave the app only through main: tel:, sms: (with the keyword in the body) and the allowlisted chat page.
    await lifeline.getByRole('button', { name: 'Call 988' }).click();
    await expect(lifeline.getByTestId('link-outcome').innerText()).resolves.toMatch(/the number is on screen/);
    await panel.locator('[data-line-id="us-crisis-text-line"]').getByRole('button', { name: 'Text 741741' }).click();
    await lifeline.getByRole('button', { name: 'Chat online' }).click();
    await panel.getByTestId('emergency').getByRole('button', { name: 'Call 911' }).click();
    await expect.poll(() => hp.opened.length).toBe(4);
    expect(hp.opened).toEqual(['tel:988', 'sms:741741', 'https://988lifeline.org/', 'tel:911']);
    await expectNoSeriousA11yProblems(hp, '[data-testid="crisis-panel"]');
    expect(hp.pageErrors).toEqual([]);
  });

  it('GB: Samaritans on 116 123 and 999', async () => {
    const hp = await bench.open({ locale: 'en-GB' });
    const panel = await openPanel(hp);
    await expect(panel.getAttribute('data-country')).resolves.toBe('GB');
    await expect(lineIds(hp.page)).resolves.toEqual(['gb-samaritans', 'gb-nhs-111']);
    await expect(panel.locator('[data-line-id="gb-samaritans"] [data-testid="phone-number"]').innerText()).resolves.toBe('116 123');
    await expect(panel.getByTestId('emergency').getByTestId('phone-number').innerText()).resolves.toBe('999');
    await panel.locator('[data-line-id="gb-samaritans"]').getByRole('button', { name: 'Call 116 123' }).click();
    await expect.poll(() => hp.opened).toEqual(['tel:116123']);
  });

  it('ES: 024 and 112, all in Spanish', async () => {
    const hp = await bench.open({ locale: 'es-ES' });
    await expect(hp.page.getByTestId('get-help-now').innerText()).resolves.toMatch(/Pedir ayuda ahora/);
    const panel = await openPanel(hp);
    await expect(panel.getAttribute('data-country')).resolves.toBe('ES');
    await expect(panel.getByRole('heading', { level: 2 }).innerText()).resolves.toBe('Hay ayuda aquí, ahora mismo');
    await expect(lineIds(hp.page)).resolves.toEqual(['es-024']);
    await expect(panel.locator('[data-line-id="es-024"] [data-testid="phone-number"]').innerText()).resolves.toBe('024');
    await expect(panel.getByTestId('emergency').getByTestId('phone-number').innerText()).resolves.toBe('112');
    await expect(panel.getByRole('button', { name: 'Llamar al 024' }).isVisible()).resolves.toBe(true);
    await expect(panel.getByLabel('País').inputValue()).resolves.toBe('ES');
    await hp.screenshot('crisis-panel-es');
    await expectNoSeriousA11yProblems(hp, '[data-testid="crisis-panel"]');
  });

  it('a country Hearth has no lines for: helpline directories and "call your local emergency number"', async () => {
    const hp = await bench.open({ locale: 'ja-JP' });
    const panel = await openPanel(hp);
    await expect(panel.getAttribute('data-country')).resolves.toBe('fallback');
    await expect(lineIds(hp.page)).resolves.toEqual(['intl-find-a-helpline', 'intl-befrienders']);
    await expect(panel.getByTestId('emergency').innerText()).resolves.toMatch(/call your local emergency number/);
    await expect(panel.getByTestId('crisis-disclosure').innerText()).resolves.toMatch(/directories list/);
    await panel.getByRole('button', { name: 'Open findahelpline.com' }).click();
    await expect.poll(() => hp.opened).toEqual(['https://findahelpline.com/']);
    await hp.screenshot('crisis-panel-fallback');
    await expectNoSeriousA11yProblems(hp, '[data-testid="crisis-panel"]');
  });

  it("the profile's country outranks the system locale, and the person can pick another country", async () => {
    const hp = await bench.open({ locale: 'en-US' });
    const { page } = hp;
    await page.getByTestId('get-help-now').waitFor();
    await expect
      .poll(() =>
        putRow(page, 'profile', { id: 'me', conditionId: null, conditionLabel: 'Lupus', situations: [], preferences: {}, country: 'GB', language: 'en' }).then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
    await page.reload();
    const panel = await openPanel(hp);
    await expect.poll(() => panel.getAttribute('data-country')).toBe('GB');
    await panel.getByLabel('Country').selectOption('IE');
    await expect(lineIds(page)).resolves.toEqual(['ie-samaritans']);
    await expect(panel.getByTestId('emergency').getByTestId('phone-number').innerText()).resolves.toBe('112');
  });

  it('dark theme and a narrow window (as at 200% zoom): the number and the call button stay in view, no serious axe problems', async () => {
    const hp = await bench.open({ colorScheme: 'dark', viewport: { width: 560, height: 720 } });
    const panel = await openPanel(hp);
    // Without scrolling, the first number is on screen above the panel's footer.
    const number = panel.locator('[data-line-id="us-988"] [data-testid="phone-number"]');
    const [numberBox, footerBox, panelBox] = await Promise.all([number.boundingBox(), panel.getByTestId('close-crisis-panel').boundingBox(), panel.boundingBox()]);
    expect(numberBox && footerBox && numberBox.y + numberBox.height < footerBox.y).toBe(true);
    expect(panelBox && panelBox.x >= 0 && panelBox.x + panelBox.width <= 560).toBe(true);
    await hp.screenshot('crisis-panel-dark-narrow');
    await expectNoSeriousA11yProblems(hp, '[data-testid="crisis-panel"]');
  });

  // A short laptop window with the text at 200 %: the first line's number and its Call and Text buttons
  // show without scrolling, in English and in Spanish (Spain's 024 takes calls only; the US 988 in Spanish has both).
  for (const locale of ['en-US', 'es-ES', 'es-US'] as const) {
    it(`${locale}, 1280×720 at 200% text: the first number and its Call and Text buttons in view without scrolling`, async () => {
      const hp = await bench.open({ locale, viewport: { width: 1280, height: 720 } });
      await startWithTextSize(hp.page, 200);
      const panel = await openPanel(hp);
      const seen = await firstLineInView(panel);
      await hp.screenshot(`crisis-panel-200-1280x720-${locale}`);
      expect(seen).toEqual({ unscrolled: true, number: true, actions: locale === 'es-ES' ? { call: true } : { call: true, text: true } });
    });
  }

  it('works from the keyboard alone: Tab to "Get help now", Enter, Tab stays inside, Esc closes', async () => {
    const hp = await bench.open();
    const { page } = hp;
    await page.getByTestId('ai-disclosure').waitFor();
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'get-help-now');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByTestId('crisis-panel').waitFor();
    const visited = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      await expect(focusInPanel(page)).resolves.toBe(true);
      visited.add(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect([...visited]).toEqual(expect.arrayContaining(['Call 988', 'Write my safety plan', 'Close']));
    await page.keyboard.press('Shift+Tab');
    await expect(focusInPanel(page)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('crisis-panel').waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('get-help-now');
  });
});
