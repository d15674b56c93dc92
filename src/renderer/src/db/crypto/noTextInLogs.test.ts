// No message text, profile field, persona text or passphrase may reach the console from the
// renderer's data paths, failure paths included (a locked read, a wrong passphrase, a bad import).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseGroupExport, renderGroupMarkdown, serializeGroupExport } from '@shared/exchange';
import { captureOutput } from '@tests/fuzz/captureOutput';
import { exportGroup, importGroup } from '../exchangeRepo';
import { HistorySearch } from '../search/historySearch';
import { testPersona } from '@tests/support/renderer/testDatabase';
import { openTestStore } from '@tests/support/renderer/testStore';

const MARK = { message: 'ZQXMSG-4417', persona: 'ZQXPERSONA-9921', profile: 'ZQXPROFILE-3308', passphrase: 'ZQXPASS-7765' };
const output = captureOutput(Object.values(MARK));
beforeEach(output.start);
afterEach(output.stop);

describe('no user text in renderer logs', () => {
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
    renderGroupMarkdown(doc, { disclosure: 'd', condition: 'c', exported: 'e', members: 'm', ai: 'AI', you: 'y', hearth: 'h', conversation: 'c', interrupted: 'i', stopped: 's', sources: 's', importedSource: 'i', librarySource: 'l', sinceDiagnosis: (years) => String(years), nextSteps: 'n', unsourced: 'u' });
    const bad = parseGroupExport(serializeGroupExport({ ...doc, messages: [{ ...doc.messages[0]!, seq: -1 }] }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(JSON.stringify(bad.problem)).not.toContain(MARK.message);
    await expect(importGroup(s.db, doc)).resolves.toMatchObject({ ok: false });
    output.expectNoMarkers();
  });

});
