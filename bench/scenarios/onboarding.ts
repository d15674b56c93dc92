// First launch to the facilitator's first message, driven through the real UI in Chromium: the built
// renderer, real IndexedDB, the real main handlers and model runtime, and the fake Ollama with a model
// already installed. A person skipping every optional question types their condition, picks it, and
// starts the group. `onboarding.actions` counts their clicks and keypresses; `onboarding.seconds`
// charges one second per action (the brief's pace) plus all the time the app itself took.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import type { Locator, Page } from 'playwright-core';
import { startFakeOllama, type FakeOllama } from '../../tests/fake-ollama/index';
import { memorySettingsStorage } from '../../src/main/ollama/hostSetting';
import { startUiBench, withModelRuntime, type HearthPage, type OpenOptions, type UiBench } from '../../tests/ui/support/harness';
import type { BenchScenario } from '../scenario';
import { median, round } from '../stats';

const MODEL = 'llama3.2:3b';
const RUNS = 3;

/** Main's dependencies for a first launch with Ollama running and a model installed and chosen. */
export function modelPresent(fake: FakeOllama): NonNullable<OpenOptions['deps']> {
  return withModelRuntime(fake.url, { settings: memorySettingsStorage({ host: fake.url, activeModel: MODEL }) });
}

/** The person's inputs, counted. Every click and every key press is one action. */
export class CountedInput {
  actions = 0;
  constructor(private readonly page: Page) {}
  async click(target: Locator): Promise<void> {
    await target.click();
    this.actions += 1;
  }
  async type(text: string): Promise<void> {
    for (const ch of text) {
      await this.page.keyboard.press(ch);
      this.actions += 1;
    }
  }
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    this.actions += 1;
  }
}

/** Where the facilitator's opening check-in shows in the group's message list. */
export const FIRST_FACILITATOR_MESSAGE = '[data-testid="message-list"] article[data-kind="check-in"]';

export interface JourneyResult {
  readonly actions: number;
  /** From the page opening to the facilitator's first words on screen, with inputs as fast as the bench can go. */
  readonly appSeconds: number;
  /** The facilitator's whole opening message finished (it is paced like typing). */
  readonly completeSeconds: number;
}

/**
 * The fastest honest path: Get started → type the condition → Enter picks the first match → "Start my
 * group now" (every optional question skipped) → the facilitator's opening appears.
 */
export async function runOnboardingJourney(hp: HearthPage, condition = 'lupus'): Promise<JourneyResult> {
  const { page } = hp;
  const started = performance.now();
  const input = new CountedInput(page);
  const getStarted = page.getByRole('button', { name: /^(Get started|Empezar)$/ });
  await getStarted.waitFor();
  await input.click(getStarted);
  await page.getByTestId('condition-search').waitFor();
  await page.getByTestId('condition-search').focus();
  await input.type(condition);
  await page.locator('[role="option"][aria-selected="true"]').waitFor();
  await input.press('Enter');
  await page.locator('[data-testid="onboarding"][data-step="situation"]').waitFor();
  await input.click(page.getByTestId('start-group'));
  const first = page.locator(FIRST_FACILITATOR_MESSAGE).first();
  await first.waitFor();
  await page.waitForFunction((sel) => (document.querySelector(sel)?.textContent ?? '').trim().length > 0, FIRST_FACILITATOR_MESSAGE);
  const appSeconds = (performance.now() - started) / 1000;
  await page.locator(`${FIRST_FACILITATOR_MESSAGE}[data-status="complete"]`).first().waitFor({ timeout: 30_000 });
  return { actions: input.actions, appSeconds, completeSeconds: (performance.now() - started) / 1000 };
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const scenario: BenchScenario = {
  name: 'onboarding (UI, Chromium)',
  description: `first launch → facilitator's first message through the built renderer and real main handlers, fake Ollama with ${MODEL} installed; every optional question skipped; median of ${RUNS} runs; seconds = 1 s per action + the app's own time`,
  async run() {
    if (!existsSync(join(repoRoot, 'out', 'renderer', 'index.html'))) execFileSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'ignore' });
    const fake = await startFakeOllama();
    let bench: UiBench | undefined;
    try {
      bench = await startUiBench();
      const results: JourneyResult[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const hp = await bench.open({ deps: modelPresent(fake) });
        results.push(await runOnboardingJourney(hp));
        await hp.close();
      }
      const actions = Math.max(...results.map((r) => r.actions));
      const appSeconds = median(results.map((r) => r.appSeconds));
      return {
        'onboarding.seconds': round(actions * 1 + appSeconds, 2),
        'onboarding.actions': actions,
        'onboarding.app_seconds': round(appSeconds, 2),
        'onboarding.first_message_complete_s': round(median(results.map((r) => r.completeSeconds)), 2),
      };
    } finally {
      await bench?.close();
      await fake.close();
    }
  },
};

export default scenario;
