// The crisis panel opened by the group in the same turn (no model anywhere: the Ollama address is
// a closed port), with the lines the detected situation calls for, and the way back to the group.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withModelRuntime, type HearthPage } from './support/harness';
import { startGroupThroughOnboarding } from './support/startGroup';
import { benchForThisFile } from './support/fileBench';

const { bench } = benchForThisFile();

/** An address where no model server answers. */
async function noModelServer(): Promise<string> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return `http://127.0.0.1:${port}`;
}

async function openGroup(locale = 'en-US'): Promise<HearthPage> {
  const hp = await bench.open({ locale, deps: withModelRuntime(await noModelServer()) });
  if (locale.startsWith('es')) {
    const { page } = hp;
    await page.getByRole('button', { name: 'Empezar', exact: true }).click();
    await page.getByLabel('Tu condición').fill('diabetes tipo 2');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Empezar mi grupo ya' }).click();
    await page.getByTestId('message-list').waitFor();
  } else {
    await startGroupThroughOnboarding(hp.page);
  }
  await hp.page.locator('article[data-kind="check-in"]').waitFor();
  return hp;
}

async function say(page: Page, text: string) {
  await page.getByTestId('composer').fill(text);
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('crisis-panel');
  await panel.waitFor();
  return panel;
}

const lineIds = (page: Page): Promise<string[]> =>
  page.locator('[data-testid="crisis-panel"] [data-testid="help-line"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-line-id') ?? ''));

/** Runs `act` in the page and resolves with the milliseconds until the crisis panel is open. */
const msUntilPanelOpens = (page: Page, act: 'send' | 'get-help'): Promise<number> =>
  page.evaluate(
    (act) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.querySelector('dialog[data-testid="crisis-panel"][open]')) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        if (act === 'get-help') (document.querySelector('[data-testid="get-help-now"]') as HTMLButtonElement).click();
        else document.querySelector('[data-testid="composer"]')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }),
    act,
  );

describe('crisis panel from the group (real Chromium, no model)', () => {
  it('overdose: "Call 911 now" above everything, then the poison line, focus in the panel; the person returns when ready', async () => {
    const hp = await openGroup();
    const { page } = hp;
    const panel = await say(page, 'I took all of my pills at once an hour ago and I feel really strange');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('crisis-title');
    await expect(panel.getByRole('heading', { level: 2 }).innerText()).resolves.toBe('You deserve support right now');
    const emergency = panel.getByTestId('emergency');
    await expect(emergency.getAttribute('data-urgent')).resolves.toBe('true');
    await expect(emergency.getByRole('heading').innerText()).resolves.toBe('Call 911 now');
    // The emergency block comes before the first line in the page.
    const emergencyFirst = await panel.evaluate((el) => {
      const e = el.querySelector('[data-testid="emergency"]');
      const l = el.querySelector('[data-testid="help-line"]');
      return Boolean(e && l && e.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(emergencyFirst).toBe(true);
    // Which categories a message gets is the classifier's business (tested there); here: poison help leads, 988 follows.
    const shown = await lineIds(page);
    expect(shown[0]).toBe('us-poison-help');
    expect(shown).toContain('us-988');
    // The facilitator's scripted words land behind the panel in the same turn.
    await page.locator('article[data-kind="crisis-script"]').waitFor({ state: 'attached' });
    await hp.screenshot('crisis-panel-overdose');

    await panel.getByTestId('return-to-group').click();
    await panel.waitFor({ state: 'detached' });
    await expect(page.getByTestId('crisis-banner').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('composer').isEditable()).resolves.toBe(true);
    expect(hp.pageErrors).toEqual([]);
  });

  it('abuse: the domestic violence hotline first, no poison line, emergency number after the lines', async () => {
    const hp = await openGroup();
    const panel = await say(hp.page, "My husband hits me and I'm scared to go home tonight");
    const shown = await lineIds(hp.page);
    expect(shown[0]).toBe('us-domestic-violence-hotline');
    expect(shown).toContain('us-988');
    expect(shown).not.toContain('us-poison-help');
    await expect(panel.getByTestId('emergency').getAttribute('data-urgent')).resolves.toBe('false');
    await expect(panel.locator('[data-line-id="us-domestic-violence-hotline"] [data-testid="text-keyword"]').innerText()).resolves.toBe('Text START to 88788');
    await hp.screenshot('crisis-panel-abuse');
  });

  it('opens quickly: well under a second after a crisis message is sent, and at once from "Get help now"', async () => {
    const hp = await openGroup();
    const { page } = hp;
    await page.getByTestId('composer').fill("I don't want to be alive anymore");
    const fromMessage = await msUntilPanelOpens(page, 'send');
    await page.getByTestId('close-crisis-panel').click();
    await page.getByTestId('crisis-panel').waitFor({ state: 'detached' });
    const fromButton = await msUntilPanelOpens(page, 'get-help');
    console.log(`crisis panel open: ${fromMessage.toFixed(1)} ms after sending a crisis message, ${fromButton.toFixed(1)} ms after "Get help now"`);
    // Loose bounds (a 2-core build machine): the point is no model, network or slow storage on the way.
    expect(fromMessage).toBeLessThan(1000);
    expect(fromButton).toBeLessThan(500);
  });

  it('Spanish, Spain, overdose: "Llama ahora al 112" and 024', async () => {
    const hp = await openGroup('es-ES');
    const panel = await say(hp.page, 'Me tomé todas las pastillas de golpe hace una hora');
    await expect(panel.getByTestId('emergency').getByRole('heading').innerText()).resolves.toBe('Llama ahora al 112');
    await expect(lineIds(hp.page)).resolves.toEqual(['es-024']);
    await expect(panel.getByTestId('return-to-group').innerText()).resolves.toBe('Volver al grupo cuando quieras');
  });
});
