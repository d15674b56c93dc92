// First launch to the facilitator's first message, driven through the real UI in Chromium: the built
// renderer, real IndexedDB, the real main handlers and model runtime, and the fake Ollama with a model
// already installed. A person skipping every optional question types their condition, picks it, and
// starts the group. `onboarding.actions` counts their clicks and keypresses; `onboarding.seconds` is the
// measured time of the whole journey with real input events at a person's pace (typing 300 ms a key,
// 800 ms to find and point at each button, keys and buttons held as fingers hold them), not a charge
// per action; `onboarding.input_seconds` is the part spent in those input events, `onboarding.app_seconds`
// the rest (the app's own time).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import type { Locator, Page } from 'playwright-core';
import { startFakeOllama, type FakeOllama } from '@tests/fake-ollama/index';
import { memorySettingsStorage } from '@main/ollama/hostSetting';
import { startUiBench, withModelRuntime, type HearthPage, type OpenOptions, type UiBench } from '@tests/ui/support/harness';
import type { BenchScenario } from '../scenario';
import { median, round } from '../stats';
import { POINT_MS, TYPE_MS_PER_KEY } from '../support/personPace';

const MODEL = 'llama3.2:3b';
const RUNS = 3;

/** Main's dependencies for a first launch with Ollama running and a model installed and chosen. */
export function modelPresent(fake: FakeOllama): NonNullable<OpenOptions['deps']> {
  return withModelRuntime(fake.url, { settings: memorySettingsStorage({ host: fake.url, activeModel: MODEL }) });
}

/** How fast the person's input comes: as fast as the test can go, or at a person's pace. */
export interface InputPace {
  /** Before each click: finding the button and moving the pointer there. */
  readonly pointMs: number;
  /** From one key to the next while typing. */
  readonly keyMs: number;
  /** How long a key or the mouse button is held down. */
  readonly holdMs: number;
}

export const TEST_PACE: InputPace = { pointMs: 0, keyMs: 0, holdMs: 0 };
export const PERSON_PACE: InputPace = { pointMs: POINT_MS, keyMs: TYPE_MS_PER_KEY, holdMs: 90 };

/** The person's inputs as real input events at a pace, counted and timed. Every click and every key press is one action. */
export class CountedInput {
  actions = 0;
  /** Milliseconds spent inside input events, delays included. */
  inputMs = 0;
  constructor(
    private readonly page: Page,
    private readonly pace: InputPace = TEST_PACE,
  ) {}
  private async timed(work: () => Promise<void>): Promise<void> {
    const started = performance.now();
    await work();
    this.inputMs += performance.now() - started;
  }
  async click(target: Locator): Promise<void> {
    await this.timed(async () => {
      await target.hover();
      if (this.pace.pointMs) await this.page.waitForTimeout(this.pace.pointMs);
      await target.click({ delay: this.pace.holdMs });
    });
    this.actions += 1;
  }
  async type(text: string): Promise<void> {
    await this.timed(async () => {
      for (const [i, ch] of [...text].entries()) {
        if (i > 0 && this.pace.keyMs) await this.page.waitForTimeout(Math.max(0, this.pace.keyMs - this.pace.holdMs));
        await this.page.keyboard.press(ch, { delay: this.pace.holdMs });
        this.actions += 1;
      }
    });
  }
  async press(key: string): Promise<void> {
    await this.timed(async () => {
      if (this.pace.keyMs) await this.page.waitForTimeout(this.pace.keyMs);
      await this.page.keyboard.press(key, { delay: this.pace.holdMs });
    });
    this.actions += 1;
  }
}

/** Where the facilitator's opening check-in shows in the group's message list. */
export const FIRST_FACILITATOR_MESSAGE = '[data-testid="message-list"] article[data-kind="check-in"]';

export interface JourneyResult {
  readonly actions: number;
  /** From the page opening to the facilitator's first words on screen, measured. */
  readonly seconds: number;
  /** The part of it spent in the person's input events (their pace included). */
  readonly inputSeconds: number;
  /** The rest: the app's own time. */
  readonly appSeconds: number;
  /** The facilitator's whole opening message finished (it is paced like typing). */
  readonly completeSeconds: number;
}

/**
 * The fastest honest path: Get started → type the condition → Enter picks the first match → "Start my
 * group now" (every optional question skipped) → the facilitator's opening appears.
 */
export async function runOnboardingJourney(hp: HearthPage, condition = 'lupus', pace: InputPace = TEST_PACE): Promise<JourneyResult> {
  const { page } = hp;
  const started = performance.now();
  const input = new CountedInput(page, pace);
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
  const seconds = (performance.now() - started) / 1000;
  const inputSeconds = input.inputMs / 1000;
  await page.locator(`${FIRST_FACILITATOR_MESSAGE}[data-status="complete"]`).first().waitFor({ timeout: 30_000 });
  return { actions: input.actions, seconds, inputSeconds, appSeconds: seconds - inputSeconds, completeSeconds: (performance.now() - started) / 1000 };
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const scenario: BenchScenario = {
  name: 'onboarding (UI, Chromium)',
  description: `first launch → facilitator's first message through the built renderer and real main handlers, fake Ollama with ${MODEL} installed; every optional question skipped; real input events at a person's pace (${TYPE_MS_PER_KEY} ms a key, ${POINT_MS} ms to point at a button); median of ${RUNS} runs, measured`,
  async run() {
    if (!existsSync(join(repoRoot, 'out', 'renderer', 'index.html'))) execFileSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'ignore' });
    const fake = await startFakeOllama();
    let bench: UiBench | undefined;
    try {
      bench = await startUiBench();
      const results: JourneyResult[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const hp = await bench.open({ deps: modelPresent(fake) });
        results.push(await runOnboardingJourney(hp, 'lupus', PERSON_PACE));
        await hp.close();
      }
      const actions = Math.max(...results.map((r) => r.actions));
      return {
        'onboarding.seconds': round(median(results.map((r) => r.seconds)), 2),
        'onboarding.actions': actions,
        'onboarding.input_seconds': round(median(results.map((r) => r.inputSeconds)), 2),
        'onboarding.app_seconds': round(median(results.map((r) => r.appSeconds)), 2),
        'onboarding.first_message_complete_s': round(median(results.map((r) => r.completeSeconds)), 2),
      };
    } finally {
      await bench?.close();
      await fake.close();
    }
  },
};

export default scenario;
