import { describe, expect, it } from 'vitest';
import { parseGroupExport, serializeGroupExport } from '@shared/exchange';
import { openTestStore, type TestStore } from '@tests/support/renderer/testStore';
import { exportGroup, importGroup } from './exchangeRepo';
import { testPersona } from '@tests/support/renderer/testDatabase';

const cite = { marker: 1, factKey: 'lupus/fatigue', title: 'Lupus symptoms', publisher: 'NIAMS', url: 'https://www.niams.nih.gov/health-topics/lupus', origin: 'bundled' as const };

async function seed(s: TestStore, id = 'group-0001'): Promise<void> {
  const r = s.repositories;
  const { members } = await r.groups.create(
    { id, title: 'Evenings', format: 'condition', conditionId: 'lupus', conditionLabel: 'Lupus', seed: 9, topic: 'open', unsourced: false },
    [testPersona(), testPersona({ id: 'p2', name: 'Dee', role: 'veteran' })],
  );
  const first = await r.messages.add({ groupId: id, author: { kind: 'user' }, text: 'Does the tiredness ever lift?' });
  const reply = await r.messages.add({ groupId: id, author: { kind: 'member', memberId: members[0]!.id }, status: 'streaming', replyTo: first.id, supportFunction: 'emotional' });
  await r.messages.appendSentence(reply.id, 'It comes and goes for me [1].', [cite]);
  await r.messages.setStatus(reply.id, 'complete');
  await r.journal.saveSummary(id, 1, 'They talked about fatigue.');
  await r.journal.addCheckIn({ groupId: id, emotional: 4, informational: 3 });
  await r.journal.addNextStep(id, 'Ask about a fatigue diary');
}

describe('export and import', () => {
  it('round-trips a group through JSON exactly, even with encryption on both sides', async () => {
    const s = openTestStore();
    await s.vault.init();
    await s.vault.setPassphrase('export passphrase');
    await seed(s);
    const exported = await exportGroup(s.db, 'group-0001', 5000);
    expect(exported?.messages.map((m) => m.seq)).toEqual([0, 1]);
    const text = serializeGroupExport(exported!);

    await s.repositories.groups.delete('group-0001');
    const parsed = parseGroupExport(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await expect(importGroup(s.db, parsed.value)).resolves.toMatchObject({ ok: true, value: { groupId: 'group-0001', report: { heldReplies: 0, notices: 0 } } });
    // Exactly as exported, except that the members' messages now say they came from a file.
    const imported = { ...exported!, messages: exported!.messages.map((m) => (m.author.kind === 'member' ? { ...m, imported: true as const } : m)) };
    expect(await exportGroup(s.db, 'group-0001', 5000)).toEqual(imported);

    // Into another (unencrypted) Hearth as well.
    const other = openTestStore();
    await other.vault.init();
    await importGroup(other.db, parsed.value);
    expect(await exportGroup(other.db, 'group-0001', 5000)).toEqual(imported);
  });

  it('imports all or nothing: a clash refuses the file and writes no record', async () => {
    const s = openTestStore();
    await s.vault.init();
    await seed(s);
    const doc = (await exportGroup(s.db, 'group-0001'))!;
    await expect(importGroup(s.db, doc)).resolves.toMatchObject({ ok: false, problem: { code: 'already-exists' } });

    // Same records under a new group id: the group is new but its message ids are taken.
    const clash = { ...doc, group: { ...doc.group, id: 'group-0002' }, members: doc.members.map((m) => ({ ...m, groupId: 'group-0002', id: `${m.id}-b` })), messages: doc.messages.map((m) => ({ ...m, groupId: 'group-0002', author: m.author.kind === 'member' ? { kind: 'member' as const, memberId: `${m.author.memberId}-b` } : m.author })), summaries: [], checkIns: [], nextSteps: [] };
    const counts = async () => [await s.db.groups.count(), await s.db.members.count(), await s.db.messages.count()];
    const before = await counts();
    await expect(importGroup(s.db, clash)).resolves.toMatchObject({ ok: false, problem: { code: 'already-exists' } });
    expect(await counts()).toEqual(before);
  });
});
