// The safety gate as a person meets it, in real Chromium over the fake Ollama server: the
// facilitator's direct question with quick replies (peers wait), the crisis panel whose filled
// actions are calling, texting and chatting, "That's not what I meant", and a pause that survives a
// reload and a language switch. Screenshots land in test-results/screenshots.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { modelPresent } from '@bench/scenarios/onboarding';
import { judged, raise, triageAnswer, type ScriptRequest } from '../fake-ollama';
import { startGroupThroughOnboarding } from './support/startGroup';
import { benchForThisFile } from './support/fileBench';

const { bench, startFake } = benchForThisFile();

const PEER = 'I know that feeling well. The evenings are the hardest for me too.';

/** A group over a fake model whose triage raises any message containing `worry`. */
async function openGroup(worry: RegExp) {
  const fake = await startFake({
    reply: judged({ triage: (req: ScriptRequest) => (worry.test(lastUserLine(req)) ? raise('unclear') : triageAnswer()), reply: () => PEER }),
    speed: { genTokensPerSec: 300 },
  });
  const hp = await bench.open({ deps: modelPresent(fake) });
  await startGroupThroughOnboarding(hp.page);
  await hp.page.locator('article[data-kind="check-in"]').waitFor();
  return { fake, hp, page: hp.page };
}

/** The user's last line in a triage prompt's conversation. */
function lastUserLine(req: ScriptRequest): string {
  const content = req.messages.at(-1)?.content ?? '';
  const conversation = content.slice(0, content.lastIndexOf('\n---\n'));
  return conversation.split('\n').filter((l) => l.startsWith('New member: ')).at(-1) ?? '';
}

async function say(page: Page, text: string): Promise<void> {
  await page.getByTestId('composer').fill(text);
  await page.keyboard.press('Enter');
}

const idle = (page: Page) => page.waitForFunction(() => ![...document.querySelectorAll('button')].some((b) => b.textContent === 'Stop'));

describe('the safety gate in the group (real Chromium, fake Ollama)', () => {
  it('the uncertain middle: the facilitator asks directly, peers wait, quick replies answer; no goes back to the group; a crisis opens the panel', async () => {
    const { page, hp, fake } = await openGroup(/a lot lately/);
    await say(page, 'honestly it has been a lot lately');
    const strip = page.getByTestId('ask-strip');
    await strip.waitFor();
    const ask = page.locator('article[data-kind="ask"]');
    await expect(ask.innerText()).resolves.toMatch(/are you having thoughts of ending your life, or of hurting yourself\?/);
    await expect(strip.getByRole('button', { name: 'Yes' }).isVisible()).resolves.toBe(true);
    await expect(strip.getByRole('button', { name: "I'd rather not say" }).isVisible()).resolves.toBe(true);
    await expect(strip.getByTestId('strip-get-help').isVisible()).resolves.toBe(true);
    // The question itself is in view above the strip, not hidden under it.
    await expect
      .poll(async () => {
        const [q, list] = await Promise.all([ask.last().boundingBox(), page.getByTestId('message-list').boundingBox()]);
        return Boolean(q && list && q.y + q.height <= list.y + list.height + 1 && q.y >= list.y - 1);
      })
      .toBe(true);
    // Peers wait: no peer was asked to speak.
    expect(fake.requests.some((r) => JSON.stringify(r.body ?? '').includes('NOW SPEAKING'))).toBe(false);
    await hp.screenshot('gate-1-ask');

    await strip.getByTestId('ask-no').click();
    await strip.waitFor({ state: 'detached' });
    await page.locator('article[data-kind="ask-reply"]').waitFor();
    await say(page, 'work is tiring, that is all');
    await page.locator('article[data-kind="chat"]', { hasText: 'evenings are the hardest' }).first().waitFor();
    await idle(page);

    // A second question answered "yes" opens the panel (gatePaths.test.ts); here a plain crisis opens it.
    await say(page, 'I want to end my life tonight');
    const panel = page.getByTestId('crisis-panel');
    await panel.waitFor();
    // The panel's filled, primary actions are calling, texting and chatting with a line.
    const styles = await panel.locator('[data-line-id="us-988"] button[data-way]').evaluateAll((els) =>
      els.map((e) => ({ way: e.getAttribute('data-way'), background: getComputedStyle(e).backgroundColor, color: getComputedStyle(e).color })),
    );
    const returnButton = await panel.getByTestId('return-to-group').evaluate((e) => getComputedStyle(e).backgroundColor);
    const call = styles.find((s) => s.way === 'call');
    const text = styles.find((s) => s.way === 'text');
    expect(call?.background).toBe('rgb(163, 18, 46)');
    expect(text?.background).toBe('rgb(163, 18, 46)');
    expect(returnButton).not.toBe('rgb(163, 18, 46)');
    await panel.locator('[data-line-id="us-988"]').scrollIntoViewIfNeeded();
    await hp.screenshot('gate-2-panel-call-text-primary');
    expect(hp.pageErrors).toEqual([]);
  });

  it('"That’s not what I meant": one confirmation, back to the group, an apology, no lasting banner', async () => {
    const { page, hp } = await openGroup(/$^/);
    // Read as an overdose (taking "all my pills" with nothing to say it was the usual dose).
    await say(page, 'I took all my pills and I still feel wiped out.');
    const panel = page.getByTestId('crisis-panel');
    await panel.waitFor();
    await panel.getByTestId('not-what-i-meant').click();
    const confirm = panel.getByTestId('misread-confirm');
    await confirm.waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('misread-confirm');
    await panel.getByTestId('misread-yes').scrollIntoViewIfNeeded();
    await hp.screenshot('gate-3-misread-confirm');
    await panel.getByTestId('misread-yes').click();
    await panel.waitFor({ state: 'detached' });
    await page.locator('article[data-kind="misread"]').waitFor();
    await expect(page.getByTestId('crisis-banner').count()).resolves.toBe(0);
    await expect(page.getByTestId('paused-strip').count()).resolves.toBe(0);
    // The script stays in the history, quiet and explained, no longer an alarm.
    await expect(page.locator('article[data-kind="crisis-script"]').last().innerText()).resolves.toMatch(/You told us this was a misread/);
    await hp.screenshot('gate-4-misread-corrected');
    // The group answers the next message as usual.
    await say(page, 'I mean I am just really tired');
    await page.locator('article[data-kind="chat"]', { hasText: 'evenings are the hardest' }).first().waitFor();
    expect(hp.pageErrors).toEqual([]);
  });

  it('a paused group stays paused after a reload and a language switch; one "Return to the group" opens it', async () => {
    const { page, hp } = await openGroup(/$^/);
    await say(page, 'I want to end my life tonight');
    const panel = page.getByTestId('crisis-panel');
    await panel.waitFor();
    await panel.getByTestId('close-crisis-panel').click();
    await panel.waitFor({ state: 'detached' });
    await page.getByTestId('paused-strip').waitFor();
    await page.reload();
    await page.getByTestId('nav-home').waitFor();
    await page.getByRole('button', { name: /continue|open/i }).first().click();
    await page.getByTestId('paused-strip').waitFor();

    await page.getByTestId('nav-settings').click();
    await page.getByLabel('Español').check();
    await page.getByTestId('nav-home').click();
    await page.getByRole('button', { name: /continuar|abrir/i }).first().click();
    const strip = page.getByTestId('paused-strip');
    await strip.waitFor();
    await expect(strip.innerText()).resolves.toMatch(/El grupo está en pausa/);
    await page.locator('article[data-kind="crisis-script"]').waitFor();
    await hp.screenshot('gate-5-paused-after-language-switch');
    await strip.getByTestId('strip-return').click();
    await strip.waitFor({ state: 'detached' });
    await expect(page.getByTestId('composer').isEditable()).resolves.toBe(true);
    expect(hp.pageErrors).toEqual([]);
  });
});
