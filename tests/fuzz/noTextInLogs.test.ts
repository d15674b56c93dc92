// No message text, profile field or persona text may reach the console (Electron writes main's
// console to log files and terminals). This drives every privacy-relevant path with marker strings,
// including the failure paths, and searches everything written to the console and stdio.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHearthApi, hearthContract } from '../../src/shared/contract';
import { parseGroupExport, renderGroupMarkdown, serializeGroupExport } from '../../src/shared/exchange';
import { createHandlers } from '../../src/main/handlers/createHandlers';
import { createHandlerHost } from '../../src/main/ipc/handlerHost';
import { createLoopbackTransport } from '../../src/main/ipc/loopbackTransport';
import { openTestStore } from '../../src/renderer/src/db/crypto/testStore';
import { exportGroup, importGroup } from '../../src/renderer/src/db/exchangeRepo';
import { HistorySearch } from '../../src/renderer/src/db/search/historySearch';
import { testPersona } from '../../src/renderer/src/db/testDatabase';

const MARK = { message: 'ZQXMSG-4417', persona: 'ZQXPERSONA-9921', profile: 'ZQXPROFILE-3308', passphrase: 'ZQXPASS-7765' };
let written: string[] = [];

beforeEach(() => {
  written = [];
  const record = (...args: unknown[]): void => void written.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a) ?? String(a))).join(' '));
  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) vi.spyOn(console, level).mockImplementation(record);
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return (original as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
    });
  }
});
afterEach(() => vi.restoreAllMocks());

const expectNoMarkers = (): void => {
  const all = written.join('\n');
  for (const marker of Object.values(MARK)) expect(all).not.toContain(marker);
};

describe('no user text in logs', () => {
  it('renderer data paths: encryption, wrong passphrase, locked reads, search, export and import', async () => {
    const s = openTestStore();
    const search = new HistorySearch(s.db);
    await s.vault.init();
    await s.vault.setPassphrase(MARK.passphrase);
    const r = s.repositories;
    await r.singletons.saveProfile({ conditionId: null, conditionLabel: MARK.profile, situations: [], preferences: {}, country: 'US', language: 'en' });
    await r.groups.create({ id: 'group-logs-01', title: 'Logs', format: 'condition', conditionId: null, conditionLabel: MARK.profile, seed: 1, topic: 'open', unsourced: true }, [testPersona({ whatHelped: MARK.persona })]);
    await r.messages.add({ groupId: 'group-logs-01', author: { kind: 'user' }, text: MARK.message });
    expect(await search.search('zqxmsg')).toHaveLength(1);

    const later = s.reopen();
    await later.vault.init();
    await later.vault.unlock('wrong');
    await expect(later.repositories.messages.all('group-logs-01')).rejects.toThrow();
    await expect(later.repositories.singletons.profile()).rejects.toThrow();

    const doc = (await exportGroup(s.db, 'group-logs-01'))!;
    renderGroupMarkdown(doc, { disclosure: 'd', condition: 'c', exported: 'e', members: 'm', ai: 'AI', you: 'y', hearth: 'h', conversation: 'c', interrupted: 'i', stopped: 's', sources: 's', importedSource: 'i', yearsSinceDiagnosis: '{years}', nextSteps: 'n', unsourced: 'u' });
    const bad = parseGroupExport(serializeGroupExport({ ...doc, messages: [{ ...doc.messages[0]!, seq: -1 }] }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(JSON.stringify(bad.problem)).not.toContain(MARK.message);
    await expect(importGroup(s.db, doc)).resolves.toMatchObject({ ok: false });
    expectNoMarkers();
  });

  it('main paths: invalid payloads carrying user text are refused without echoing it, in results or logs', async () => {
    const handlers = createHandlers({
      app: { name: 'Hearth', version: '0.1.0', platform: 'linux', locale: 'en-US', testBench: true },
      shell: { allowedDomains: [], open: async () => undefined },
    });
    // The same failure logger main/index.ts installs.
    const host = createHandlerHost({
      contract: hearthContract,
      handlers,
      isTrustedSender: () => true,
      onFailure: (note) => console.warn(`[ipc] ${note.channel} failed: ${note.code}${note.errorName ? ` (${note.errorName})` : ''}`),
    });
    const api = createHearthApi(createLoopbackTransport(host, 'app://hearth/'));
    const answers = [
      await api.llm.chat({ model: 'llama3.2:3b', messages: [{ role: 'user', content: MARK.message }], options: { numCtx: 1 } }, () => undefined).done,
      await api.shell.openExternal({ url: `https://evil.example/?q=${MARK.message}` }),
      await api.privacy.rememberKey({ key: MARK.passphrase }),
      await host.dispatch(`app.${MARK.persona}`, { text: MARK.message }, { senderUrl: 'app://hearth/', emit: () => undefined }),
    ];
    for (const answer of answers) expect(JSON.stringify(answer)).not.toMatch(/ZQX/);
    expect(written.some((line) => line.includes('[ipc]'))).toBe(true);
    expectNoMarkers();
  });
});
