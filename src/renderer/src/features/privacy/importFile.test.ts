import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '@main/handlers/createHandlers';
import { createHandlerHost } from '@main/ipc/handlerHost';
import { createLoopbackTransport } from '@main/ipc/loopbackTransport';
import { createHearthApi, hearthContract } from '@shared/contract';
import { buildGroupExport, MAX_IMPORT_BYTES, serializeGroupExport } from '@shared/exchange';
import { scriptedDialogs } from '@tests/support/scriptedDialogs';
import { openGroupFile } from './importFile';
import { exportFileName, saveTextFile } from '@renderer/services/saveFile';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-group-files-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The renderer's file helpers over the real contract and main's handlers, with scripted dialogs. */
function setup() {
  const scripted = scriptedDialogs();
  const handlers = createHandlers({ app: { name: 'Hearth', version: '0', platform: 'linux', locale: 'en-US', testBench: true }, shell: { allowedDomains: [], open: async () => undefined }, dialogs: scripted.dialogs });
  const api = createHearthApi(createLoopbackTransport(createHandlerHost({ contract: hearthContract, handlers, isTrustedSender: () => true }), 'app://hearth/'));
  return { api, ...scripted };
}

const words = { title: 'Bring back a Hearth group', buttonLabel: 'Bring back', filterName: 'Hearth group files (JSON)' };
const group = buildGroupExport(
  {
    group: { id: 'group-0001', title: 'Evenings', format: 'condition', conditionId: 'lupus', conditionLabel: 'Lupus', seed: 1, topic: 'open', createdAt: 1, updatedAt: 2, unsourced: false },
    members: [],
    messages: [],
    summaries: [],
    checkIns: [],
    nextSteps: [],
  },
  9000,
);

describe('group files through main', () => {
  it('a full copy saved through the save dialog comes back through the open dialog', async () => {
    const { api, script } = setup();
    script.save = join(dir, 'copy.json');
    await expect(saveTextFile(api, { words, suggestedName: exportFileName(new Date(), 'json'), kind: 'json', text: serializeGroupExport(group) })).resolves.toEqual({ kind: 'saved', fileName: 'copy.json', folder: dir });
    script.open = script.save;
    await expect(openGroupFile(api, words)).resolves.toEqual({ kind: 'read', parsed: { ok: true, value: group } });
  });

  it('cancelling either dialog is an ordinary answer', async () => {
    const { api } = setup();
    await expect(openGroupFile(api, words)).resolves.toEqual({ kind: 'cancelled' });
    await expect(saveTextFile(api, { words, suggestedName: 'hearth-export-2026-03-04.md', kind: 'markdown', text: '#' })).resolves.toEqual({ kind: 'cancelled' });
  });

  it('explains a file too large to be a group, one that is not text or not Hearth’s, and one that cannot be read', async () => {
    const { api, script } = setup();
    script.open = join(dir, 'huge.json');
    await writeFile(script.open, '');
    await truncate(script.open, MAX_IMPORT_BYTES + 1);
    await expect(openGroupFile(api, words)).resolves.toEqual({ kind: 'read', parsed: { ok: false, problem: { code: 'too-large' } } });
    script.open = join(dir, 'photo.json');
    await writeFile(script.open, Buffer.from([0xff, 0xd8, 0xff]));
    await expect(openGroupFile(api, words)).resolves.toEqual({ kind: 'read', parsed: { ok: false, problem: { code: 'not-a-hearth-export' } } });
    script.open = join(dir, 'notes.json');
    await writeFile(script.open, '{"hello": 1}');
    await expect(openGroupFile(api, words)).resolves.toMatchObject({ kind: 'read', parsed: { ok: false, problem: { code: 'not-a-hearth-export' } } });
    script.open = join(dir, 'gone.json');
    await expect(openGroupFile(api, words)).resolves.toEqual({ kind: 'failed', problem: 'unreadable' });
  });

  it('a save that cannot be written says so', async () => {
    const { api, script } = setup();
    script.save = join(dir, 'no-such-folder', 'x.md');
    await expect(saveTextFile(api, { words, suggestedName: 'hearth-export-2026-03-04.md', kind: 'markdown', text: '#' })).resolves.toEqual({ kind: 'failed', problem: 'not-saved' });
  });

  it('names exported files by date only, never by the group or its condition', () => {
    const at = new Date('2026-03-04T22:10:00Z');
    expect(exportFileName(at, 'md')).toBe('hearth-export-2026-03-04.md');
    expect(exportFileName(at, 'json')).toBe('hearth-export-2026-03-04.json');
  });
});
