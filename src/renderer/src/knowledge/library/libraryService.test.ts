import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@main/handlers/createHandlers';
import { createHandlerHost } from '@main/ipc/handlerHost';
import { createLoopbackTransport } from '@main/ipc/loopbackTransport';
import { createHearthApi, hearthContract } from '@shared/contract';
import { KnowledgeBase } from '@shared/knowledge/knowledgeBase';
import { LibraryFileError } from '@shared/knowledge/library/medlinePlusXml';
import { makeZip } from '@tests/fixtures/medlineplus/makeZip';
import { scriptedDialogs } from '@tests/support/scriptedDialogs';
import { packIndexFromFiles, readPackFile } from '@tests/support/packFiles';
import { LibraryDatabase } from './libraryDatabase';
import { LibraryTransferError } from './textFromMain';
import { LibraryService, type ImportOptions, type LibraryProgress } from './libraryService';
import { LibraryStore } from './libraryStore';

const xml = readFileSync(new URL('../../../../../tests/fixtures/medlineplus/health-topics.xml', import.meta.url), 'utf8');
const servers: Server[] = [];
const dir = mkdtempSync(join(tmpdir(), 'hearth-library-service-'));
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((done) => s.close(() => done()))));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const words = { title: 'Choose the file', buttonLabel: 'Add', filterName: 'Health topics' };

/** A library service over an in-memory IndexedDB, talking to main's real handlers (with scripted dialogs) over the real contract. */
function setup(pageUrl = 'http://127.0.0.1:9/xml.html', factory = new IDBFactory(), name = `library-test-${crypto.randomUUID()}`) {
  const db = new LibraryDatabase(name, { indexedDB: factory, IDBKeyRange });
  const store = new LibraryStore(db);
  const base = new KnowledgeBase(async () => packIndexFromFiles(), readPackFile, store);
  const scripted = scriptedDialogs();
  const handlers = createHandlers({
    app: { name: 'Hearth', version: '0', platform: 'linux', locale: 'en-GB', testBench: true },
    shell: { allowedDomains: [], open: async () => undefined },
    library: { pageUrl },
    dialogs: scripted.dialogs,
  });
  const api = createHearthApi(createLoopbackTransport(createHandlerHost({ contract: hearthContract, handlers, isTrustedSender: () => true }), 'app://hearth/'));
  const service = new LibraryService(api, store, base);
  /** The person chooses a file with this content in main's dialog, and Hearth imports it. */
  const importFile = async (content: string | Uint8Array, options: ImportOptions, fileName = 'mplus_topics_2026-11-28.xml') => {
    const path = join(dir, `${crypto.randomUUID()}-${fileName}`);
    writeFileSync(path, content);
    scripted.script.open = path;
    const chosen = await service.chooseFile(words);
    if (!chosen) throw new Error('the scripted dialog chose nothing');
    return service.importFile(chosen, options);
  };
  return { service, base, store, importFile, scripted };
}

const quiet = (): ImportOptions => ({ signal: new AbortController().signal, onProgress: () => undefined });

describe('LibraryService', () => {
  it('erase deletes the library database whole (part of erasing everything)', async () => {
    const factory = new IDBFactory();
    const name = `library-erase-${crypto.randomUUID()}`;
    const { service, importFile } = setup(undefined, factory, name);
    await importFile(xml, quiet());
    expect((await factory.databases()).map((d) => d.name)).toContain(name);
    await service.erase();
    expect((await factory.databases()).map((d) => d.name)).not.toContain(name);
  });

  it('imports a chosen XML file: counts by language, progress by bytes then saving, topics as library packs', async () => {
    const { importFile, base, service, scripted } = setup();
    const seen: LibraryProgress[] = [];
    const status = await importFile(xml, { signal: new AbortController().signal, onProgress: (p) => seen.push(p) });
    expect(scripted.asked).toEqual([{ kind: 'open', ...words, extensions: ['xml', 'zip'] }]);
    expect(status).toMatchObject({ generated: '2026-11-28', source: 'file', topics: { en: 4, es: 3 }, skipped: 2 });
    expect(seen.at(-1)?.phase).toBe('saving');
    const bytes = Buffer.byteLength(xml);
    expect(seen.some((p) => p.phase === 'reading' && p.done === bytes && p.total === bytes)).toBe(true);
    const pack = await base.load('medlineplus-900001');
    expect(pack?.name).toBe('High blood pressure');
    expect(base.registry.get('medlineplus-900001')?.origin).toBe('library');
    expect((await service.searchTopics('hypertension', 'en'))[0]?.packId).toBe('medlineplus-900001');
  });

  it('imports the .zip MedlinePlus offers, read straight from the chosen file', async () => {
    const { importFile } = setup();
    const status = await importFile(makeZip([{ name: 'mplus_topics_2026-11-28.xml', text: xml }]), quiet(), 'mplus_topics_compressed_2026-11-28.zip');
    expect(status.topics).toEqual({ en: 4, es: 3 });
  });

  it('keeps the library it had when a file is wrong or the import is cancelled', async () => {
    const { importFile, store } = setup();
    await importFile(xml, quiet());
    await expect(importFile('<rss/>', quiet(), 'notes.xml')).rejects.toBeInstanceOf(LibraryFileError);
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(importFile(xml.replace('High Blood Pressure"', 'Changed"'), { signal: controller.signal, onProgress: () => undefined })).rejects.toThrow('cancelled');
    expect((await store.status())?.topics).toEqual({ en: 4, es: 3 });
    expect((await store.entry('medlineplus-900001'))?.title).toBe('High Blood Pressure');
  });

  it('clears: topics are gone for search and for groups, and listeners hear it', async () => {
    const { service, base, importFile } = setup();
    await importFile(xml, quiet());
    await base.load('medlineplus-900003');
    const heard: unknown[] = [];
    service.subscribe((s) => heard.push(s));
    await service.clear();
    expect(heard).toEqual([null]);
    expect(await service.status()).toBeNull();
    expect(await service.searchTopics('gout', 'en')).toEqual([]);
    expect(await base.load('medlineplus-900003')).toBeUndefined();
  });

  it('downloads through main over the contract: the page, the zip, the text in order, the file date on every fact', async () => {
    const zip = makeZip([{ name: 'mplus_topics.xml', text: xml.replace(' date-generated="11/28/2026 06:12:40"', '') }]);
    const server = createServer((req, res) => {
      if (req.url === '/xml.html') res.writeHead(200).end('<a href="xml/mplus_topics_compressed_2026-11-27.zip">topics</a>');
      else if (req.url === '/xml/mplus_topics_compressed_2026-11-27.zip') res.writeHead(200, { 'content-length': String(zip.length) }).end(zip);
      else res.writeHead(404).end();
    });
    servers.push(server);
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', () => ready()));
    const { service, store } = setup(`http://127.0.0.1:${(server.address() as AddressInfo).port}/xml.html`);
    const phases = new Set<string>();
    const status = await service.download({ signal: new AbortController().signal, onProgress: (p) => phases.add(p.phase) });
    expect(status).toMatchObject({ source: 'download', generated: '2026-11-27', topics: { en: 4, es: 3 } });
    expect([...phases]).toEqual(expect.arrayContaining(['downloading', 'reading', 'saving']));
    expect((await store.db.topics.get('medlineplus-900003'))?.checked).toBe('2026-11-27');
  });

  it('reports a download that cannot reach MedlinePlus with its typed code', async () => {
    const { service } = setup('http://127.0.0.1:9/xml.html');
    const error = await service.download(quiet()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryTransferError);
    expect((error as LibraryTransferError).error.code).toBe('connection-lost');
  });
});
