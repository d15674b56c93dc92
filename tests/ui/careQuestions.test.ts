// "For my next appointment" through the real engine and the UI: a medical question is redirected by
// the facilitator, the offer adds it once, the message menu and the session's close add more; the
// list edits, reorders (keyboard, announced), marks asked with a note, reopens, deletes with Undo,
// prints one clean page and saves a Markdown file with a date-only name through main's save dialog (a
// scripted stand-in that records the words it was asked to show). Nothing is offered in incognito.
// Screenshots: test-results/screenshots/care-*.png.
import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelPresent } from '@bench/scenarios/onboarding';
import { judged, triageAnswer } from '../fake-ollama/judge';
import { scriptedDialogs, type DialogScript } from '../support/scriptedDialogs';
import { type UiBench } from './support/harness';
import { benchForThisFile } from './support/fileBench';
import { goTo } from './support/nav';
import { startGroupThroughOnboarding } from './support/startGroup';

const MEDICAL = 'Should I double my dose of metformin?';
const TIRED = 'Is it normal to feel this tired in the afternoons?';
const AT_CLOSE = 'Can I have the flu jab this year?';

// The model's triage reads the conversation and says whether the newest message is one only the care
// team can answer (its answer replaces the pattern check): here, the dose question is, the others are not.
const newest = (prompt: string) => [MEDICAL, TIRED].map((m) => ({ m, at: prompt.lastIndexOf(m) })).sort((a, b) => b.at - a.at)[0];
const { bench, fake } = benchForThisFile({
  fake: {
    reply: judged({
      triage: (req) => triageAnswer(newest(req.prompt)?.at !== -1 && newest(req.prompt)?.m === MEDICAL ? { medical: true } : {}),
      reply: () => 'I remember feeling unsure about that too. Writing things down before a visit helped me.',
    }),
  },
});
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-ui-care-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A page over the fake model, with scripted native dialogs; `asked` lists the dialogs main opened. */
async function open(options: Parameters<UiBench['open']>[0] = {}, script: DialogScript = {}) {
  const { dialogs, asked } = scriptedDialogs(script);
  const runtime = modelPresent(fake);
  const hp = await bench.open({ ...options, deps: (d) => ({ ...runtime(d), dialogs }) });
  return Object.assign(hp, { asked, script });
}

/** Sends a message and waits until the group has finished its round. */
async function send(page: Page, text: string): Promise<void> {
  await page.getByTestId('composer').fill(text);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => ![...document.querySelectorAll('button')].some((b) => b.textContent === 'Stop'));
  // The list is virtualized and follows new messages only when already at the bottom: go there, as a reader would.
  await page.locator('[data-testid="message-list"] [data-virtuoso-scroller]').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await page.locator('[data-testid="message-list"] article[aria-label="You"]', { hasText: text }).waitFor();
}

/** The texts of the open (or asked) questions on the list, in order. */
const texts = (page: Page, section: 'care-open' | 'care-asked') => page.locator(`[data-testid="${section}"] [data-testid="care-question-text"]`).allInnerTexts();
const row = (page: Page, text: string) => page.locator('[data-testid="care-question"]', { has: page.getByText(text, { exact: true }) });
const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.textContent ?? ''}|${document.activeElement?.getAttribute('data-move') ?? ''}`);

describe('For my next appointment (real engine, fake Ollama, Chromium)', () => {
  it('redirect → add once; menu and close add more; edit, reorder, asked with note, reopen, delete/undo, print, export', async () => {
    const hp = await open();
    const { page } = hp;
    const consoleText: string[] = [];
    page.on('console', (m) => consoleText.push(m.text()));
    await startGroupThroughOnboarding(page);
    await page.locator('article[data-kind="check-in"]').waitFor();

    // (a) The facilitator redirects the medical question; the offer adds the person's question once.
    await send(page, MEDICAL);
    const redirect = page.locator('article[data-kind="medical-redirect"]').last();
    const offer = redirect.getByRole('button', { name: 'Add to my questions for my next appointment' });
    await offer.waitFor();
    await redirect.scrollIntoViewIfNeeded();
    await hp.screenshot('care-1-redirect-offer');
    await offer.click();
    await expect.poll(() => redirect.getByTestId('care-added').innerText()).toMatch(/Added to your questions\.\s*See my questions/);
    expect(await offer.count()).toBe(0);
    await hp.screenshot('care-1b-redirect-added');

    // (b) The same message from its menu is not added twice; another message is.
    const mine = page.locator('article[aria-label="You"]', { hasText: MEDICAL });
    await mine.getByTestId('message-menu').click();
    await mine.getByRole('button', { name: 'Add to my questions' }).click();
    await expect.poll(() => mine.getByTestId('care-added').innerText()).toMatch(/already|on your questions/i);
    await send(page, TIRED);
    const second = page.locator('article[aria-label="You"]', { hasText: TIRED });
    const menu = second.getByTestId('message-menu');
    // Keyboard: the menu opens with Enter, says it is expanded, closes with Escape and focus returns to it.
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('message-menu');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => second.getByTestId('care-added').innerText()).toMatch(/Added to your questions/);

    // (c) The close offers one more.
    await page.getByRole('button', { name: 'End session' }).click();
    const close = page.getByTestId('care-close-offer');
    await close.waitFor();
    await close.getByRole('button', { name: 'Add a question for my next appointment' }).click();
    await close.getByLabel('A question for your next appointment (optional)').fill(AT_CLOSE);
    await close.getByRole('button', { name: 'Add to my questions' }).click();
    await expect.poll(() => close.getByTestId('care-added').innerText()).toMatch(/Added to your questions/);
    await hp.screenshot('care-1c-close-offer');
    await close.getByRole('button', { name: 'See my questions' }).click();

    // The list, in the order they were added.
    await page.getByTestId('care-questions').waitFor();
    await expect.poll(() => texts(page, 'care-open')).toEqual([MEDICAL, TIRED, AT_CLOSE]);
    await expect(page.getByTestId('nav-care-questions').getAttribute('aria-current')).resolves.toBe('page');

    // Edit in place (Enter saves).
    await row(page, AT_CLOSE).getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Edit this question').fill('Can I have the flu jab and the COVID booster together?');
    await page.keyboard.press('Enter');
    const edited = 'Can I have the flu jab and the COVID booster together?';
    await expect.poll(() => texts(page, 'care-open')).toEqual([MEDICAL, TIRED, edited]);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Edit');

    // Reorder by keyboard: Move up twice; each move announced; focus stays with the question (on Move down at the top).
    await row(page, edited).locator('[data-move="up"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => texts(page, 'care-open')).toEqual([MEDICAL, edited, TIRED]);
    await expect.poll(() => page.getByTestId('care-notice').innerText()).toBe(`Moved to place 2 of 3: ${edited}`);
    await expect.poll(() => focused(page)).toMatch(/Move up\|up$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => texts(page, 'care-open')).toEqual([edited, MEDICAL, TIRED]);
    await expect.poll(() => page.getByTestId('care-notice').innerText()).toBe(`Moved to place 1 of 3: ${edited}`);
    await expect.poll(() => focused(page)).toMatch(/Move down\|down$/);
    await expect(row(page, edited).locator('[data-move="up"]').isDisabled()).resolves.toBe(true);

    // Mark asked with a note; it moves under Asked with the note.
    await row(page, MEDICAL).getByRole('button', { name: 'I asked this' }).click();
    await page.getByLabel('What did they say? (optional)').fill('No. Keep the same dose; blood test in May.');
    await page.getByRole('button', { name: 'Save as asked' }).click();
    await expect.poll(() => texts(page, 'care-asked')).toEqual([MEDICAL]);
    await expect(row(page, MEDICAL).getByTestId('care-answer').innerText()).resolves.toBe('What they said: No. Keep the same dose; blood test in May.');
    await expect.poll(() => page.getByTestId('care-notice').innerText()).toBe('Marked as asked.');

    // Reopen: back in its old place; then asked again (the note is kept).
    await row(page, MEDICAL).getByRole('button', { name: 'Ask again' }).click();
    await expect.poll(() => texts(page, 'care-open')).toEqual([edited, MEDICAL, TIRED]);
    await expect.poll(() => page.getByTestId('care-notice').innerText()).toBe('Back on your list to ask.');
    await row(page, MEDICAL).getByRole('button', { name: 'I asked this' }).click();
    await expect(page.getByLabel('What did they say? (optional)').inputValue()).resolves.toBe('No. Keep the same dose; blood test in May.');
    await page.getByRole('button', { name: 'Save as asked' }).click();
    await expect.poll(() => texts(page, 'care-asked')).toEqual([MEDICAL]);

    // Delete, with Undo focused; Undo brings it back; delete again.
    await row(page, TIRED).getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => texts(page, 'care-open')).toEqual([edited]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => texts(page, 'care-open')).toEqual([edited, TIRED]);
    await page.getByTestId('care-add-input').fill('What should I do if I miss a dose?');
    await page.keyboard.press('Enter');
    await expect.poll(() => texts(page, 'care-open')).toEqual([edited, TIRED, 'What should I do if I miss a dose?']);
    await hp.screenshot('care-2-list');

    // Print: the button calls window.print; the print view is one page with only the list on it.
    await page.evaluate(() => {
      window.print = () => void ((window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1);
    });
    await page.getByTestId('care-print').click();
    await expect(page.evaluate(() => (window as unknown as { printed?: number }).printed)).resolves.toBe(1);
    await page.emulateMedia({ media: 'print' });
    const sheet = page.getByTestId('care-print-sheet');
    await expect(sheet.isVisible()).resolves.toBe(true);
    for (const hidden of ['nav-home', 'care-print', 'care-export', 'get-help-now', 'care-add-input']) await expect(page.getByTestId(hidden).isVisible()).resolves.toBe(false);
    await expect(page.locator('button:visible').count()).resolves.toBe(0);
    const printed = await sheet.innerText();
    expect(printed).toMatch(/^For my next appointment\s+Printed \w+ \d+, \d{4}\s+To ask/);
    expect(printed).toContain('What they said: No. Keep the same dose; blood test in May.');
    await hp.screenshot('care-3-print');
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await expect(sheet.isVisible()).resolves.toBe(false);

    // Export: main's save dialog in English, proposing a name by date only; main writes where the person chose.
    const saved = join(dir, 'questions-for-dr-lee.md');
    hp.script.save = saved;
    await page.getByTestId('care-export').click();
    await expect.poll(() => page.getByTestId('care-notice').innerText()).toBe(`Saved as questions-for-dr-lee.md in ${dir}.`);
    expect(hp.asked).toEqual([{ kind: 'save', title: 'Save your questions', buttonLabel: 'Save', filterName: 'Markdown text', extensions: ['md'], suggestedName: expect.stringMatching(/^questions-\d{4}-\d{2}-\d{2}\.md$/) }]);
    const markdown = await readFile(saved, 'utf8');
    expect(markdown).toMatch(/^# For my next appointment\n\nWritten .+\n\n## To ask\n\n1\. Can I have the flu jab and the COVID booster together\?\n2\. Is it normal/);
    expect(markdown).toContain('## Asked\n\n- Should I double my dose of metformin?\n  - What they said: No. Keep the same dose; blood test in May.');

    // No question text ever reached the console.
    expect(consoleText.filter((line) => /metformin|flu jab|tired|miss a dose/i.test(line))).toEqual([]);
    expect(hp.pageErrors).toEqual([]);
  }, 120_000);

  it('Spanish: an empty state that explains the list, then the list; axe finds nothing serious', async () => {
    const hp = await open({ locale: 'es-ES' });
    const { page } = hp;
    await startGroupThroughOnboarding(page);
    await page.getByTestId('nav-care-questions').click();
    await page.getByTestId('care-empty').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Para mi próxima cita');
    await expect(page.getByTestId('care-empty').innerText()).resolves.toMatch(/Es fácil olvidar una pregunta/);
    await expect(page.getByTestId('care-print').count()).resolves.toBe(0);
    await hp.screenshot('care-4-empty-es');
    for (const q of ['¿Puedo tomar ibuprofeno con mi medicamento?', '¿Cada cuánto me tengo que hacer análisis?']) {
      await page.getByLabel('Una pregunta para hacer').fill(q);
      await page.getByRole('button', { name: 'Agregar pregunta' }).click();
      await page.getByTestId('care-open').getByText(q, { exact: true }).waitFor();
    }
    await row(page, '¿Cada cuánto me tengo que hacer análisis?').getByRole('button', { name: 'Ya la pregunté' }).click();
    await page.getByLabel('¿Qué te dijeron? (opcional)').fill('Cada tres meses.');
    await page.getByRole('button', { name: 'Guardar como preguntada' }).click();
    await expect.poll(() => texts(page, 'care-asked')).toEqual(['¿Cada cuánto me tengo que hacer análisis?']);
    await hp.screenshot('care-5-list-es');
    // Saving, in Spanish: the dialog's words are the person's; cancelling says nothing; a folder that is
    // gone is explained with a next step; then the file is written.
    await page.getByRole('button', { name: 'Guardar como archivo' }).click();
    await expect.poll(() => hp.asked.length).toBe(1);
    expect(hp.asked[0]).toEqual({ kind: 'save', title: 'Guarda tus preguntas', buttonLabel: 'Guardar', filterName: 'Texto Markdown', extensions: ['md'], suggestedName: expect.stringMatching(/^questions-\d{4}-\d{2}-\d{2}\.md$/) });
    await expect(page.getByTestId('care-notice').innerText()).resolves.not.toMatch(/Guardado como/);
    hp.script.save = join(dir, 'memoria-usb-retirada', 'preguntas.md');
    await page.getByRole('button', { name: 'Guardar como archivo' }).click();
    await expect.poll(() => page.getByTestId('care-notice').innerText()).toBe('No se pudo guardar el archivo ahí. Vuelve a intentarlo o elige otro lugar.');
    await hp.screenshot('care-5b-save-failed-es');
    hp.script.save = join(dir, 'preguntas.md');
    await page.getByRole('button', { name: 'Guardar como archivo' }).click();
    await expect.poll(() => page.getByTestId('care-notice').innerText()).toBe(`Guardado como preguntas.md en ${dir}.`);
    await expect(readFile(join(dir, 'preguntas.md'), 'utf8')).resolves.toContain('¿Puedo tomar ibuprofeno con mi medicamento?');
    const { violations } = await new AxeBuilder({ page }).include('[data-testid="care-questions"]').analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    expect(hp.pageErrors).toEqual([]);
  }, 90_000);

  it('dark theme at 200% text in a 1024×640 window: the list fits, nothing is clipped, axe passes', async () => {
    const hp = await open({ viewport: { width: 1024, height: 640 } });
    const { page } = hp;
    await startGroupThroughOnboarding(page);
    await page.getByTestId('nav-settings').click();
    await page.getByLabel('Dark').check();
    await page.getByLabel('200%').check();
    await expect.poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('--text-scale'))).toBe('200%');
    await goTo(page, 'care-questions');
    await page.getByTestId('care-add-input').fill('Is the rash on my arms from the new tablets?');
    await page.keyboard.press('Enter');
    await page.getByTestId('care-add-input').fill('Can I stop the steroid cream once the rash has gone?');
    await page.keyboard.press('Enter');
    await expect.poll(() => texts(page, 'care-open')).toHaveLength(2);
    const fit = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const clipped = [...document.querySelectorAll('button, input, textarea')].filter((el) => el.getBoundingClientRect().right > width + 1).map((el) => (el.textContent ?? '').trim().slice(0, 30));
      return { overflow: document.documentElement.scrollWidth > width, clipped };
    });
    expect(fit).toEqual({ overflow: false, clipped: [] });
    await page.getByTestId('care-open').scrollIntoViewIfNeeded();
    await hp.screenshot('care-6-list-dark-200');
    const { violations } = await new AxeBuilder({ page }).include('[data-testid="care-questions"]').analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  }, 90_000);

  it('incognito: the redirect and the messages offer nothing (nothing is stored there)', async () => {
    const hp = await open();
    const { page } = hp;
    await startGroupThroughOnboarding(page);
    await page.getByTestId('nav-home').click();
    await page.getByTestId('start-incognito').click();
    await page.getByTestId('incognito-group').waitFor();
    await page.locator('article[data-kind="check-in"]').waitFor({ timeout: 30_000 });
    await send(page, MEDICAL);
    await page.locator('article[data-kind="medical-redirect"]').waitFor();
    expect(await page.getByTestId('care-redirect-offer').count()).toBe(0);
    expect(await page.getByTestId('message-menu').count()).toBe(0);
    await page.getByRole('button', { name: 'End session' }).click();
    await page.locator('article[data-kind="close"]').first().waitFor();
    expect(await page.getByTestId('care-close-offer').count()).toBe(0);
  }, 90_000);
});
