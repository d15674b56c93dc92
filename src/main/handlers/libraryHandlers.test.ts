import { readFileSync } from 'node:fs';
import { mkdtemp, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHearthApi, hearthContract, LIBRARY_TEXT_CHUNK, type LibraryDownloadEvent } from '@shared/contract';
import { makeZip } from '@tests/fixtures/medlineplus/makeZip';
import { scriptedDialogs, type DialogScript } from '@tests/support/scriptedDialogs';
import { createHandlerHost } from '../ipc/handlerHost';
import { createLoopbackTransport } from '../ipc/loopbackTransport';
import type { LibraryFileLimits } from '../library/libraryFile';
import { MAX_LIBRARY_FILE_BYTES } from '../library/libraryFile';
import { createHandlers } from './createHandlers';

const xml = readFileSync(new URL('../../../tests/fixtures/medlineplus/health-topics.xml', import.meta.url), 'utf8');
const words = { title: 'Choose MedlinePlus’s health topics file', buttonLabel: 'Add this file', filterName: 'MedlinePlus health topics (.xml, .zip)' };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-library-file-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setup(script: DialogScript = {}, libraryFileLimits?: LibraryFileLimits) {
  const scripted = scriptedDialogs(script);
  const handlers = createHandlers({
    app: { name: 'Hearth', version: '0', platform: 'linux', locale: 'en-US', testBench: true },
    shell: { allowedDomains: [], open: async () => undefined },
    dialogs: scripted.dialogs,
    ...(libraryFileLimits ? { libraryFileLimits } : {}),
  });
  const api = createHearthApi(createLoopbackTransport(createHandlerHost({ contract: hearthContract, handlers, isTrustedSender: () => true }), 'app://hearth/'));
  return { api, ...scripted };
}

const place = async (name: string, content: string | Uint8Array): Promise<string> => {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
};

/** Chooses `path` in the scripted dialog and reads it whole: the text in order, and every event. */
async function chooseAndRead(path: string, limits?: LibraryFileLimits) {
  const { api, asked } = setup({ open: path }, limits);
  const chosen = await api.library.chooseFile(words);
  if (!chosen.ok || !chosen.value.chosen) return { chosen, asked };
  const events: LibraryDownloadEvent[] = [];
  const done = await api.library.readFile({ token: chosen.value.token }, (e) => events.push(e)).done;
  const text = events.flatMap((e) => (e.kind === 'text' ? [e.text] : [])).join('');
  return { chosen, asked, events, done, text };
}

describe('library.chooseFile and library.readFile (the file a person chose, read in main)', () => {
  it('asks in the words it was sent for .xml or .zip, dates the file by its name, and streams the XML in order with progress', async () => {
    const path = await place('mplus_topics_2026-11-28.xml', xml);
    const { chosen, asked, events, done, text } = await chooseAndRead(path);
    expect(asked).toEqual([{ kind: 'open', ...words, extensions: ['xml', 'zip'] }]);
    expect(chosen).toMatchObject({ ok: true, value: { chosen: true, sizeBytes: Buffer.byteLength(xml), fileDate: '2026-11-28' } });
    expect(text).toBe(xml);
    expect(done).toEqual({ ok: true, value: { chunks: events!.filter((e) => e.kind === 'text').length } });
    // The size first; then each piece of text says how far into the file it reaches, up to the whole file.
    expect(events!.filter((e) => e.kind === 'progress')).toEqual([{ kind: 'progress', receivedBytes: 0, totalBytes: Buffer.byteLength(xml) }]);
    expect(events!.filter((e) => e.kind === 'text').at(-1)).toMatchObject({ sourceBytes: Buffer.byteLength(xml) });
  });

  it('reads only the XML entry of the .zip, inflated as it streams; a file without a date in its name is dated by when it last changed', async () => {
    const zip = makeZip([{ name: 'mplus_topics_2026-11-28.xml', text: xml }]);
    const path = await place('from-the-clinic.zip', zip);
    await utimes(path, new Date('2026-11-30T12:00:00Z'), new Date('2026-11-30T12:00:00Z'));
    const { chosen, text, done } = await chooseAndRead(path);
    expect(chosen).toMatchObject({ ok: true, value: { chosen: true, fileDate: '2026-11-30' } });
    expect(done?.ok).toBe(true);
    expect(text).toBe(xml);
    const stored = await chooseAndRead(await place('stored.zip', makeZip([{ name: 'topics.xml', text: xml }], { stored: true })));
    expect(stored.text).toBe(xml);
  });

  it('sends large text in pieces no longer than the contract allows, never splitting a character', async () => {
    // Emoji are two UTF-16 units: with an odd prefix, a plain cut at the limit would split one.
    const big = `<?xml version="1.0"?>${'😀'.repeat(LIBRARY_TEXT_CHUNK)}`;
    const { events, text } = await chooseAndRead(await place('big.xml', big));
    const texts = events!.flatMap((e) => (e.kind === 'text' ? [e.text] : []));
    expect(texts.length).toBeGreaterThan(2);
    const reach = events!.flatMap((e) => (e.kind === 'text' ? [e.sourceBytes ?? -1] : []));
    expect(reach).toEqual([...reach].sort((a, b) => a - b));
    expect(reach.at(-1)).toBe(Buffer.byteLength(big));
    expect(texts.every((t) => t.length <= LIBRARY_TEXT_CHUNK && !/[\uD800-\uDBFF]$/.test(t))).toBe(true);
    expect(text).toBe(big);
  });

  it('cancelling the dialog is an ordinary answer', async () => {
    const { api } = setup({ open: null });
    await expect(api.library.chooseFile(words)).resolves.toEqual({ ok: true, value: { chosen: false } });
  });

  it('refuses a file larger than a MedlinePlus file could be when it is chosen, before reading any of it', async () => {
    const huge = await place('huge.xml', '');
    await truncate(huge, MAX_LIBRARY_FILE_BYTES + 1);
    const { chosen } = await chooseAndRead(huge);
    expect(chosen).toMatchObject({ ok: false, error: { code: 'file-too-large' } });
  });

  it('refuses an archive whose XML would inflate past the limit, and a damaged or non-text file as unexpected', async () => {
    const zip = await place('bomb.zip', makeZip([{ name: 'topics.xml', text: 'x'.repeat(64 * 1024) }]));
    expect((await chooseAndRead(zip, { maxXmlBytes: 1024 })).done).toMatchObject({ ok: false, error: { code: 'file-too-large' } });
    const damaged = Buffer.from(makeZip([{ name: 'topics.xml', text: xml }]));
    damaged.fill(0x55, 40, 200);
    expect((await chooseAndRead(await place('damaged.zip', damaged))).done).toMatchObject({ ok: false, error: { code: 'unexpected-file' } });
    expect((await chooseAndRead(await place('two.zip', makeZip([{ name: 'a.xml', text: xml }, { name: 'b.xml', text: xml }])))).done).toMatchObject({ ok: false, error: { code: 'unexpected-file' } });
    expect((await chooseAndRead(await place('photo.xml', Buffer.from([0x3c, 0xff, 0xfe, 0xfd])))).done).toMatchObject({ ok: false, error: { code: 'unexpected-file' } });
  });

  it('a file gone before it is read is unreadable; a token main never gave is refused', async () => {
    const path = await place('on-a-stick.xml', xml);
    const { api } = setup({ open: path });
    const chosen = await api.library.chooseFile(words);
    if (!chosen.ok || !chosen.value.chosen) throw new Error('not chosen');
    await rm(path);
    await expect(api.library.readFile({ token: chosen.value.token }, () => undefined).done).resolves.toMatchObject({ ok: false, error: { code: 'file-unreadable' } });
    await expect(api.library.readFile({ token: 'a'.repeat(32) }, () => undefined).done).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('stops when cancelled', async () => {
    const path = await place('long.xml', `<?xml version="1.0"?>${'a'.repeat(24 * 1024 * 1024)}`);
    const { api } = setup({ open: path });
    const chosen = await api.library.chooseFile(words);
    if (!chosen.ok || !chosen.value.chosen) throw new Error('not chosen');
    let texts = 0;
    const handle = api.library.readFile({ token: chosen.value.token }, (e) => {
      if (e.kind === 'text' && ++texts === 1) void handle.cancel();
    });
    await expect(handle.done).resolves.toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(texts).toBeLessThan(48);
  });
});
