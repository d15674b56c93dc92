// A buddy chat is one-to-one (issue 14): one person and one AI peer, the facilitator in the background.
// Its screen never speaks of "the group": not the AI note, the side panel or the drawer, the role
// labels, the notices (the facilitator's question, the pause after the crisis panel, the model not
// being ready), nor any accessible name. It names the buddy where that reads naturally. In English
// and in Spanish, in real Chromium over the fake Ollama. Screenshots: test-results/screenshots/buddy-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { judged, raise, triageAnswer, type ScriptRequest } from '../fake-ollama';
import { modelPresent } from '@bench/scenarios/onboarding';
import { withModelRuntime } from './support/harness';
import { benchForThisFile } from './support/fileBench';
import { startGroupThroughOnboarding } from './support/startGroup';

const { bench, startFake } = benchForThisFile();

/**
 * Everything the group screen says outside the messages themselves: its text (visible or read out),
 * and every accessible name, placeholder and tooltip. The messages' own words (the facilitator's
 * scripts) are left out: they are written in shared/, not by this screen.
 */
function screenWords(page: Page): Promise<string> {
  return page.getByTestId('group-screen').evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-testid="message-list"] article p, [data-testid="announcer"]').forEach((p) => p.remove());
    const attributes = [...copy.querySelectorAll('*')].flatMap((el) => ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? ''));
    return [copy.textContent ?? '', ...attributes].join('\n');
  });
}

/** From a group, the first peer's card → "Start a one-to-one chat"; the buddy's first name. */
async function startBuddyFromCard(page: Page, startLabel: RegExp): Promise<string> {
  await page.getByTestId('members-panel').getByRole('button').first().click();
  const name = (await page.locator('#card-title').innerText()).split(' ')[0]!;
  await page.getByRole('button', { name: startLabel }).click();
  await page.locator('[data-testid="message-list"] article[data-kind="check-in"]').waitFor();
  await expect.poll(() => page.locator('h1#group-title').innerText()).toContain(name);
  return name;
}

const PEER = 'I know that feeling well. The evenings are the hardest for me too.';

/** The user's last line in a triage prompt's conversation. */
function lastUserLine(req: ScriptRequest): string {
  const content = req.messages.at(-1)?.content ?? '';
  const conversation = content.slice(0, content.lastIndexOf('\n---\n'));
  return conversation.split('\n').filter((l) => l.startsWith('New member: ')).at(-1) ?? '';
}

describe('a buddy chat is one-to-one (real Chromium, fake Ollama)', () => {
  it('English: the note, the side panel, the roles, the card, the question and the pause speak of the buddy, never of a group', async () => {
    const fake = await startFake({
      reply: judged({ triage: (req: ScriptRequest) => (/a lot lately/.test(lastUserLine(req)) ? raise('unclear') : triageAnswer()), reply: () => PEER }),
      speed: { genTokensPerSec: 400 },
    });
    const hp = await bench.open({ viewport: { width: 1280, height: 800 }, deps: modelPresent(fake) });
    const { page } = hp;
    await startGroupThroughOnboarding(page, 'lupus');
    await page.locator('[data-testid="message-list"] article[data-kind="check-in"]').waitFor();
    const buddy = await startBuddyFromCard(page, /^Start a one-to-one chat$/);
    await page.locator('[data-testid="message-list"] article[data-kind="hello"]').first().waitFor();

    const header = page.getByTestId('group-header');
    await expect(header.locator('p').first().innerText()).resolves.toBe(`${buddy} and the facilitator are AI-generated. They share experience, not medical advice.`);
    const panel = page.getByTestId('members-panel');
    await expect(panel.getByRole('heading').innerText()).resolves.toBe('With you in this chat');
    await expect(panel.getByRole('listitem').count()).resolves.toBe(2);
    await expect(panel.innerText()).resolves.toContain('Facilitator — keeps this chat safe');
    await expect(page.locator('article[data-kind="check-in"]').innerText()).resolves.toContain('Facilitator — keeps this chat safe');
    await expect(page.getByTestId('composer').getAttribute('placeholder')).resolves.toMatch(new RegExp(`^Write to ${buddy}…`));
    await expect(page.getByLabel(`Your message to ${buddy}`).count()).resolves.toBe(1);
    await expect(page.getByTestId('topic-select').count()).resolves.toBe(0);
    await expect(page.getByText('Anyone else?').count()).resolves.toBe(0);
    expect(await screenWords(page)).not.toMatch(/\bgroups?\b/i);
    await hp.screenshot('buddy-en-chat');

    // The buddy's card: nobody to mute them for, and no second one-to-one from inside this one.
    await panel.getByRole('button', { name: new RegExp(`^${buddy}`) }).click();
    const card = page.locator('dialog[open]');
    await card.getByTestId('card-disclosure').waitFor();
    await expect(card.getByRole('button', { name: /^(Mute|Unmute) |one-to-one/ }).count()).resolves.toBe(0);
    await expect(card.getByRole('button', { name: 'Close' }).count()).resolves.toBe(1);
    await hp.screenshot('buddy-en-card');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });

    // The facilitator's direct question: the buddy is the one waiting.
    await page.getByTestId('composer').fill('honestly it has been a lot lately');
    await page.keyboard.press('Enter');
    const ask = page.getByTestId('ask-strip');
    await ask.waitFor();
    await expect(ask.innerText()).resolves.toContain(`The facilitator asked you something. ${buddy} is waiting for your answer.`);
    expect(await screenWords(page)).not.toMatch(/\bgroups?\b/i);
    await hp.screenshot('buddy-en-asking');

    // The crisis panel, closed: the chat with the buddy is paused, and the way back names them.
    await page.getByTestId('composer').fill("I don't want to be alive anymore. I have the pills ready for tonight.");
    await page.keyboard.press('Enter');
    await page.getByTestId('crisis-panel').waitFor();
    await page.getByTestId('close-crisis-panel').click();
    const paused = page.getByTestId('paused-strip');
    await paused.waitFor();
    await expect(paused.innerText()).resolves.toContain(`Your chat with ${buddy} is paused while you get support.`);
    await expect(paused.getByTestId('strip-return').innerText()).resolves.toBe(`Back to the chat with ${buddy}`);
    expect(await screenWords(page)).not.toMatch(/\bgroups?\b/i);
    await hp.screenshot('buddy-en-paused');
    expect(hp.pageErrors).toEqual([]);
  });

  it('Spanish, in a narrow window with no model yet: the note, the drawer and the wait notice speak of the buddy, never of a group', async () => {
    // No model at all: the buddy chat opens on scripted words and says why the buddy cannot answer yet.
    const fake = await startFake({ models: [] });
    const hp = await bench.open({ viewport: { width: 860, height: 760 }, locale: 'es-ES', deps: withModelRuntime(fake.url) });
    const { page } = hp;
    await startGroupThroughOnboarding(page, 'lupus');
    await page.locator('[data-testid="message-list"] article[data-kind="check-in"]').waitFor();
    // Narrow for its text: the people are in a drawer.
    await page.getByTestId('members-button').click();
    await page.getByTestId('members-drawer').getByRole('button').nth(1).click();
    const buddy = (await page.locator('#card-title').innerText()).split(' ')[0]!;
    await page.getByRole('button', { name: 'Empezar una charla a solas' }).click();
    await page.locator('[data-testid="message-list"] article[data-kind="check-in"]').waitFor();
    await expect.poll(() => page.locator('h1#group-title').innerText()).toBe(`A solas con ${buddy}`);
    await page.locator('[data-testid="message-list"] article[data-kind="hello"]').first().waitFor();

    await expect(page.getByTestId('group-header').locator('p').first().innerText()).resolves.toBe(
      `${buddy} y quien facilita la charla están generados por IA. Comparten experiencias, no consejos médicos.`,
    );
    const wait = page.getByTestId('model-wait-notice');
    await expect(wait.innerText()).resolves.toContain(`${buddy} podrá responder cuando haya un modelo de IA instalado.`);
    await expect(page.locator('article[data-kind="check-in"]').innerText()).resolves.toContain('Facilitación: cuida de esta charla');
    expect(await screenWords(page)).not.toMatch(/\bgrupos?\b/i);
    await hp.screenshot('buddy-es-no-model');

    await page.getByTestId('members-button').click();
    const drawer = page.getByTestId('members-drawer');
    await drawer.waitFor();
    await drawer.evaluate((d) => Promise.all(d.getAnimations().map((a) => a.finished)));
    await expect(drawer.getAttribute('aria-label')).resolves.toBe('Contigo en esta charla');
    await expect(drawer.getByRole('heading').innerText()).resolves.toBe('Contigo en esta charla');
    await expect(drawer.getByRole('listitem').count()).resolves.toBe(2);
    expect(await screenWords(page)).not.toMatch(/\bgrupos?\b/i);
    await hp.screenshot('buddy-es-drawer');
    expect(hp.pageErrors).toEqual([]);
  });
});
