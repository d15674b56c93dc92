import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHearthApi, hearthContract, MAX_FILE_TEXT } from '@shared/contract';
import { MAX_IMPORT_BYTES } from '@shared/exchange';
import { scriptedDialogs, type DialogScript } from '@tests/support/scriptedDialogs';
import { createHandlerHost, type FailureNote } from '../ipc/handlerHost';
import { createLoopbackTransport } from '../ipc/loopbackTransport';
import { createHandlers } from './createHandlers';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-files-handlers-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Main's real handlers over the real contract, with scripted dialogs; failures main noted, for the no-content check. */
function setup(script: DialogScript = {}) {
  const scripted = scriptedDialogs(script);
  const notes: FailureNote[] = [];
  const handlers = createHandlers({ app: { name: 'Hearth', version: '0', platform: 'linux', locale: 'es-MX', testBench: true }, shell: { allowedDomains: [], open: async () => undefined }, dialogs: scripted.dialogs });
  const host = createHandlerHost({ contract: hearthContract, handlers, isTrustedSender: () => true, onFailure: (n) => void notes.push(n) });
  return { api: createHearthApi(createLoopbackTransport(host, 'app://hearth/')), ...scripted, notes };
}

const openWords = { title: 'Recupera un grupo de Hearth', buttonLabel: 'Recuperar', filterName: 'Archivos de grupo de Hearth (JSON)' };
const saveWords = { title: 'Guarda tus preguntas', buttonLabel: 'Guardar', filterName: 'Texto Markdown' };

describe('files.openGroup (bring back a group)', () => {
  it('opens the dialog in the words it was sent, for .json files, and returns the chosen file’s text', async () => {
    const path = join(dir, 'chosen.json');
    await writeFile(path, '{"format":"hearth.group"}');
    const { api, asked } = setup({ open: path });
    await expect(api.files.openGroup(openWords)).resolves.toEqual({ ok: true, value: { chosen: true, text: '{"format":"hearth.group"}' } });
    expect(asked).toEqual([{ kind: 'open', ...openWords, extensions: ['json'] }]);
  });

  it('cancelling the dialog is an ordinary answer', async () => {
    const { api } = setup({ open: null });
    await expect(api.files.openGroup(openWords)).resolves.toEqual({ ok: true, value: { chosen: false } });
  });

  it('refuses a file larger than a group could be before reading it, and a file that is not text', async () => {
    const huge = join(dir, 'huge.json');
    await writeFile(huge, '');
    await truncate(huge, MAX_IMPORT_BYTES + 1);
    const { api, script } = setup({ open: huge });
    await expect(api.files.openGroup(openWords)).resolves.toMatchObject({ ok: false, error: { code: 'file-too-large' } });
    const photo = join(dir, 'photo.json');
    await writeFile(photo, Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    script.open = photo;
    await expect(api.files.openGroup(openWords)).resolves.toMatchObject({ ok: false, error: { code: 'unexpected-file' } });
    script.open = join(dir, 'removed-usb-stick.json');
    await expect(api.files.openGroup(openWords)).resolves.toMatchObject({ ok: false, error: { code: 'file-unreadable' } });
  });

  it('keeps the contract’s text limit equal to the import’s own', () => {
    expect(MAX_FILE_TEXT).toBe(MAX_IMPORT_BYTES);
  });
});

describe('files.saveText', () => {
  it('proposes the neutral name, filters by kind, writes the text where the person chose and says where: the file and its folder, noting neither', async () => {
    const path = join(dir, 'mis preguntas.md');
    const { api, asked, notes } = setup({ save: path });
    const text = '# Para mi próxima cita\n\n1. ¿Puedo vacunarme?\n';
    await expect(api.files.saveText({ words: saveWords, suggestedName: 'questions-2026-03-04.md', kind: 'markdown', text })).resolves.toEqual({ ok: true, value: { saved: true, fileName: 'mis preguntas.md', folder: dir } });
    expect(notes).toEqual([]);
    expect(asked).toEqual([{ kind: 'save', ...saveWords, extensions: ['md'], suggestedName: 'questions-2026-03-04.md' }]);
    await expect(readFile(path, 'utf8')).resolves.toBe(text);
  });

  it('adds the kind’s extension to a name typed without one', async () => {
    const { api } = setup({ save: join(dir, 'for my doctor') });
    await expect(api.files.saveText({ words: saveWords, suggestedName: 'hearth-export-2026-03-04.json', kind: 'json', text: '{}' })).resolves.toEqual({ ok: true, value: { saved: true, fileName: 'for my doctor.json', folder: dir } });
    await expect(readFile(join(dir, 'for my doctor.json'), 'utf8')).resolves.toBe('{}');
  });

  it('cancelling the dialog writes nothing', async () => {
    const { api } = setup({ save: null });
    const before = await readdir(dir);
    await expect(api.files.saveText({ words: saveWords, suggestedName: 'hearth-export-2026-03-04.json', kind: 'json', text: '{}' })).resolves.toEqual({ ok: true, value: { saved: false } });
    expect(await readdir(dir)).toEqual(before);
  });

  it('a write that fails is a typed error with a next step, and main notes only its code', async () => {
    const { api, notes } = setup({ save: join(dir, 'unplugged-stick', 'hearth-export-2026-03-04.md') });
    const answer = await api.files.saveText({ words: saveWords, suggestedName: 'hearth-export-2026-03-04.md', kind: 'markdown', text: 'My lupus diary' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'file-not-saved', message: expect.stringMatching(/choose another place/) } });
    expect(JSON.stringify(notes)).not.toMatch(/lupus|unplugged/i);
    expect(notes).toEqual([{ channel: 'files.saveText', code: 'file-not-saved' }]);
  });

  it('refuses a proposed name that is not neutral, or whose extension is not its kind’s, before any dialog opens', async () => {
    const { api, asked } = setup({ save: join(dir, 'never.md') });
    for (const suggestedName of ['lupus-evenings-2026-03-04.md', 'hearth-export-2026-03-04.md.exe', '../hearth-export-2026-03-04.md', 'Hearth-export-2026-03-04.md']) {
      await expect(api.files.saveText({ words: saveWords, suggestedName, kind: 'markdown', text: '' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    await expect(api.files.saveText({ words: saveWords, suggestedName: 'hearth-export-2026-03-04.json', kind: 'markdown', text: '' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(asked).toEqual([]);
  });
});
