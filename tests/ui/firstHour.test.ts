// The first hour, end to end in real Chromium over the real main handlers and the fake Ollama: first
// launch with no model at all → the model's download started from the app → back to onboarding while
// it runs (no dead end) → session 1, where a message sent during the download waits and is answered
// once the model is ready → close, one-tap check-in → home → session 2. Screenshots land in
// test-results/screenshots/first-hour-*.png.
import { describe, expect, it } from 'vitest';
import type { ScriptRequest } from '../fake-ollama';
import { modelPresent } from '@bench/scenarios/onboarding';
import { withModelRuntime } from './support/harness';
import { benchForThisFile } from './support/fileBench';

const { bench, startFake } = benchForThisFile();

const isClose = (req: ScriptRequest): boolean => /YOUR TASK: Close the session/.test(req.prompt);
const reply = (req: ScriptRequest): string =>
  isClose(req) ? 'Thank you for being here today. What is one small step you would like to take this week?' : 'That tiredness sounds so familiar. Some weeks I plan around it and it still catches me.';

describe('the first hour (real Chromium, fake Ollama with no model at first)', () => {
  it('first launch with no model → download from the app → onboarding → session 1 → close → session 2, never a dead end', async () => {
    // Slow enough that onboarding and the first message happen during the download; sped up later.
    const fake = await startFake({ models: [], reply, speed: { pullBytesPerSec: 3e7, genTokensPerSec: 400 } });
    const hp = await bench.open({ deps: withModelRuntime(fake.url) });
    const { page } = hp;
    const chip = page.getByTestId('model-status-chip');

    // Welcome: the chip says the model needs setting up and opens model setup.
    await page.getByTestId('ai-disclosure').waitFor();
    await expect.poll(() => chip.innerText()).toMatch(/Set up AI model/);
    await chip.click();
    await page.getByTestId('model-setup').waitFor();
    await page.getByTestId('step-needs-model').waitFor();
    // The way back to onboarding is there before anything is chosen.
    await page.getByTestId('back-to-onboarding').waitFor();
    await page.getByRole('button', { name: /^Download / }).first().click();
    await page.getByTestId('download-bar').waitFor();
    await expect.poll(() => chip.innerText(), { timeout: 15_000 }).toMatch(/Model \d+% · /);
    await hp.screenshot('first-hour-1-model-download');

    // Onboarding goes on while the model downloads; the chip keeps the progress in view.
    await page.getByTestId('continue-onboarding').click();
    await page.getByTestId('onboarding').waitFor();
    await expect(chip.innerText()).resolves.toMatch(/Model \d+%/);
    await page.getByLabel(/your condition/i).fill('lupus');
    await page.keyboard.press('Enter');
    await hp.screenshot('first-hour-2-onboarding-downloading');
    await page.getByRole('button', { name: /start my group now/i }).click();

    // Session 1 opens on people: the facilitator's welcome, then a peer's hello, with no model.
    await page.locator('[data-testid="message-list"] article[data-kind="check-in"]').waitFor();
    await page.locator('[data-testid="message-list"] article[data-kind="hello"]').first().waitFor();
    // The group says the model is downloading (not that it is missing), with its progress.
    const wait = page.getByTestId('model-wait-notice');
    await expect(wait.getAttribute('data-state')).resolves.toBe('downloading');
    await expect(wait.innerText()).resolves.toMatch(/downloading \(\d+%/);
    await expect(page.getByText(/isn't downloaded/).count()).resolves.toBe(0);
    // An everyday first message (the group's reply is what this journey is about; how the safety
    // gate reads borderline wording is measured in src/shared/safety/eval).
    await page.getByTestId('composer').fill('My joints have been sore all week and nobody at work gets it.');
    await page.keyboard.press('Enter');
    await page.getByText('My joints have been sore all week', { exact: false }).waitFor();
    await hp.screenshot('first-hour-3-session-1-waiting');
    const peerReplies = page.locator('[data-testid="message-list"] article[data-kind="chat"]', { hasText: 'Some weeks I plan around it' });
    await expect(peerReplies.count()).resolves.toBe(0);

    // The download finishes: the notice goes, and the waiting message is answered without another word.
    fake.setSpeed({ pullBytesPerSec: 5e9 });
    await peerReplies.first().waitFor({ timeout: 60_000 });
    await wait.waitFor({ state: 'detached' });
    await expect(chip.getAttribute('data-phase')).resolves.toBe('ready');
    await page.waitForFunction(() => ![...document.querySelectorAll('button')].some((b) => b.textContent === 'Stop'));
    await hp.screenshot('first-hour-4-session-1-answered');

    // Close, skip the step, one tap on the mood: saved, on to how I'm doing.
    await page.getByRole('button', { name: 'End session' }).click();
    await page.locator('article[data-kind="close"][data-status="complete"]').waitFor();
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByTestId('mood-tap').waitFor();
    await hp.screenshot('first-hour-5-one-tap-check-in');
    await page.locator('[data-testid="mood-tap"] button[data-mood="4"]').click();
    await page.getByTestId('insights').waitFor();

    // Home lists the group; Continue opens session 2, where the group answers at once.
    await page.getByTestId('nav-home').click();
    await page.getByTestId('home').waitFor();
    await expect(page.getByText(/Start one below/).count()).resolves.toBe(0);
    await hp.screenshot('first-hour-6-home');
    await page.getByRole('button', { name: 'Continue' }).first().click();
    await page.getByTestId('message-list').waitFor();
    const before = await peerReplies.count();
    await page.getByTestId('composer').fill('Back again. Today was a little better.');
    await page.keyboard.press('Enter');
    await expect.poll(() => peerReplies.count(), { timeout: 30_000 }).toBeGreaterThan(before);
    await expect(page.getByTestId('model-wait-notice').count()).resolves.toBe(0);
    await hp.screenshot('first-hour-7-session-2');
    expect(hp.pageErrors).toEqual([]);
  });

  it('a condition without a pack: member cards claim no checked information, Find real people explains its list; a buddy chat is one-to-one', async () => {
    const fake = await startFake({ reply, speed: { genTokensPerSec: 400 } });
    const hp = await bench.open({ deps: modelPresent(fake) });
    const { page } = hp;
    await page.getByRole('button', { name: 'Get started' }).click();
    await page.getByTestId('condition-search').fill('Ehlers-Danlos syndrome');
    await page.locator('[role="option"]', { hasText: 'Use “Ehlers-Danlos syndrome”' }).click();
    await page.getByRole('button', { name: /start my group now/i }).click();
    await page.locator('[data-testid="message-list"] article[data-kind="check-in"]').waitFor();

    // The member card speaks of lived experience, not of checked health information.
    await page.getByRole('complementary').getByRole('button').first().click();
    const disclosure = page.getByTestId('card-disclosure');
    await expect(disclosure.innerText()).resolves.toMatch(/lived experience/);
    await expect(disclosure.innerText()).resolves.not.toMatch(/built from checked/);
    await hp.screenshot('first-hour-8-card-without-pack');
    await page.keyboard.press('Escape');

    // Find real people says why it lists other conditions' organisations.
    await page.getByTestId('nav-real-support').click();
    await page.getByTestId('real-support').waitFor();
    await expect(page.getByTestId('all-conditions-note').innerText()).resolves.toMatch(/doesn't have a list of organisations for Ehlers-Danlos syndrome/);
    await hp.screenshot('first-hour-9-real-support-all-conditions');

    // A buddy chat: the facilitator speaks of the two of them; no topic, no "Anyone else?", the box writes to the buddy.
    await page.getByTestId('nav-home').click();
    await page.getByTestId('start-buddy').click();
    await page.locator('[data-testid="message-list"] article[data-kind="check-in"]').waitFor();
    const opening = await page.locator('[data-testid="message-list"] article[data-kind="check-in"]').innerText();
    expect(opening).toMatch(/one-to-one|just you and/);
    expect(opening).not.toMatch(/Everyone here/);
    await expect(page.getByText('Anyone else?').count()).resolves.toBe(0);
    await expect(page.getByText("Today's topic").count()).resolves.toBe(0);
    await expect(page.getByTestId('composer').getAttribute('placeholder')).resolves.toMatch(/^Write to \S+…/);
    await page.locator('[data-testid="message-list"] article[data-kind="hello"]').first().waitFor();
    await hp.screenshot('first-hour-10-buddy-chat');
    expect(hp.pageErrors).toEqual([]);
  });
});
