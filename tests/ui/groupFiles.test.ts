// "Your groups as files" in Settings, in real Chromium over main's real handlers: saving a group to read
// (Markdown) and as a full copy (JSON) through main's save dialog, bringing it back through the open
// dialog, and the problems a person can meet (a file too large, not Hearth's, gone; a folder that cannot
// be written). The native dialogs are scripted stand-ins that answer with prepared paths and record the
// words they were asked to show: the person's language, English and Spanish.
// Screenshots: test-results/screenshots/group-files-*.png.
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '@shared/exchange';
import { FIRST_FACILITATOR_MESSAGE, modelPresent } from '@bench/scenarios/onboarding';
import { scriptedDialogs, type DialogScript } from '../support/scriptedDialogs';
import { benchForThisFile } from './support/fileBench';
import { goTo } from './support/nav';
import { startGroupThroughOnboarding } from './support/startGroup';

const { bench, fake } = benchForThisFile({ fake: { reply: () => 'Evenings are the hardest part for me too.' } });
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-ui-group-files-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A page with a group started through onboarding, on Settings, with scripted dialogs. */
async function openOnSettings(locale: string, script: DialogScript = {}) {
  const { dialogs, asked } = scriptedDialogs(script);
  const hp = await bench.open({ locale, deps: (d) => ({ ...modelPresent(fake)(d), dialogs }) });
  await startGroupThroughOnboarding(hp.page, 'lupus');
  await hp.page.locator(FIRST_FACILITATOR_MESSAGE).first().waitFor();
  await goTo(hp.page, 'settings');
  const section = hp.page.getByTestId('export-import');
  await section.waitFor();
  return { hp, page: hp.page, section, asked, script };
}

const notice = (page: Page) => page.getByTestId('exchange-notice');

describe('your groups as files (real Chromium, main’s dialogs scripted)', () => {
  it('saves to read and a full copy, deletes, brings it back; explains every problem; English words in every dialog', async () => {
    const { hp, page, section, asked, script } = await openOnSettings('en-US');
    const consoleText: string[] = [];
    page.on('console', (m) => consoleText.push(m.text()));
    // No file input and no download link anywhere: files go through main.
    await expect(page.locator('input[type="file"], a[download]').count()).resolves.toBe(0);

    script.save = join(dir, 'to-read.md');
    await section.getByRole('button', { name: 'Save to read (Markdown)' }).click();
    await expect.poll(() => notice(page).innerText()).toBe(`Saved as to-read.md in ${dir}.`);
    await expect(readFile(script.save, 'utf8')).resolves.toMatch(/AI-generated/);
    script.save = join(dir, 'full-copy.json');
    await section.getByRole('button', { name: 'Save a full copy (JSON)' }).click();
    await expect.poll(() => notice(page).innerText()).toBe(`Saved as full-copy.json in ${dir}.`);
    expect(JSON.parse(await readFile(script.save, 'utf8'))).toMatchObject({ format: 'hearth.group', aiGenerated: true });
    const neutral = expect.stringMatching(/^hearth-export-\d{4}-\d{2}-\d{2}\.(md|json)$/);
    expect(asked).toEqual([
      { kind: 'save', title: 'Save the group to read', buttonLabel: 'Save', filterName: 'Markdown text', extensions: ['md'], suggestedName: neutral },
      { kind: 'save', title: 'Save a full copy of the group', buttonLabel: 'Save', filterName: 'Hearth group files (JSON)', extensions: ['json'], suggestedName: neutral },
    ]);
    await section.scrollIntoViewIfNeeded();
    await hp.screenshot('group-files-1-saved');

    // Delete the group, then bring it back from the full copy.
    await section.getByRole('button', { name: 'Delete group' }).click();
    await section.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect.poll(() => notice(page).innerText()).toBe('The group was deleted.');
    script.open = script.save;
    await section.getByRole('button', { name: 'Choose a Hearth group file…' }).click();
    await expect.poll(() => notice(page).innerText()).toBe('The group is back in your list.');
    expect(asked.at(-1)).toEqual({ kind: 'open', title: 'Bring back a Hearth group', buttonLabel: 'Bring back', filterName: 'Hearth group files (JSON)', extensions: ['json'] });
    await expect(section.getByRole('button', { name: 'Delete group' }).count()).resolves.toBe(1);

    // Cancelling a dialog changes nothing.
    script.open = null;
    await section.getByRole('button', { name: 'Choose a Hearth group file…' }).click();
    await expect.poll(() => asked.length).toBe(4);
    await expect(notice(page).innerText()).resolves.toBe('The group is back in your list.');

    // Too large (refused from its size alone), not Hearth's, gone, and a folder that cannot be written.
    script.open = join(dir, 'huge.json');
    await writeFile(script.open, '');
    await truncate(script.open, MAX_IMPORT_BYTES + 1);
    await section.getByRole('button', { name: 'Choose a Hearth group file…' }).click();
    await expect.poll(() => notice(page).innerText()).toBe('That file is too large to be a Hearth group. Choose a file saved with “Save a full copy (JSON)”.');
    script.open = join(dir, 'photo.json');
    await writeFile(script.open, Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    await section.getByRole('button', { name: 'Choose a Hearth group file…' }).click();
    await expect.poll(() => notice(page).innerText()).toBe('That file is not a Hearth group file.');
    script.open = join(dir, 'on-a-removed-stick.json');
    await section.getByRole('button', { name: 'Choose a Hearth group file…' }).click();
    await expect.poll(() => notice(page).innerText()).toMatch(/^Hearth couldn't open that file\. Check it's still there/);
    await expect(notice(page).getAttribute('role')).resolves.toBe('alert');
    script.save = join(dir, 'missing-folder', 'x.md');
    await section.getByRole('button', { name: 'Save to read (Markdown)' }).click();
    await expect.poll(() => notice(page).innerText()).toBe("The file couldn't be saved there. Try again, or choose another place.");
    await section.scrollIntoViewIfNeeded();
    await hp.screenshot('group-files-2-problem');
    // Nothing from the group reached the console.
    // Neither the conversation nor where the person keeps their files reaches the console.
    expect(consoleText.filter((line) => /Evenings are the hardest|lupus/i.test(line) || line.includes(dir))).toEqual([]);
    expect(hp.pageErrors).toEqual([]);
  }, 90_000);

  it('Spanish: every dialog speaks Spanish, and the outcome is said in Spanish', async () => {
    const { hp, page, section, asked, script } = await openOnSettings('es-MX');
    script.save = join(dir, 'copia.json');
    await section.getByRole('button', { name: 'Guardar una copia completa (JSON)' }).click();
    await expect.poll(() => notice(page).innerText()).toBe(`Guardado como copia.json en ${dir}.`);
    script.open = script.save;
    await section.getByRole('button', { name: 'Elegir un archivo de grupo de Hearth…' }).click();
    await expect.poll(() => notice(page).innerText()).toMatch(/^Ese grupo ya está en Hearth/);
    expect(asked).toEqual([
      { kind: 'save', title: 'Guarda una copia completa del grupo', buttonLabel: 'Guardar', filterName: 'Archivos de grupo de Hearth (JSON)', extensions: ['json'], suggestedName: expect.stringMatching(/^hearth-export-\d{4}-\d{2}-\d{2}\.json$/) },
      { kind: 'open', title: 'Recupera un grupo de Hearth', buttonLabel: 'Recuperar', filterName: 'Archivos de grupo de Hearth (JSON)', extensions: ['json'] },
    ]);
    script.save = join(dir, 'para-leer.md');
    await section.getByRole('button', { name: 'Guardar para leer (Markdown)' }).click();
    await expect.poll(() => notice(page).innerText()).toBe(`Guardado como para-leer.md en ${dir}.`);
    expect(asked.at(-1)).toMatchObject({ title: 'Guarda el grupo para leerlo', buttonLabel: 'Guardar', filterName: 'Texto Markdown' });
    await section.scrollIntoViewIfNeeded();
    await hp.screenshot('group-files-3-es');
    expect(hp.pageErrors).toEqual([]);
  }, 90_000);
});
