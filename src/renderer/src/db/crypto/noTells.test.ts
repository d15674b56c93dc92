// What a reader of the raw database can learn without the key: record sizes, which records exist,
// and readable fields. None of it may give away the condition, a crisis, or when things happened.
import { describe, expect, it } from 'vitest';
import type { Group } from '@shared/domain';
import { SINGLETON } from '../database';
import { testPersona } from '@tests/support/renderer/testDatabase';
import { UnsealedRecordError } from './keyHolder';
import type { SealedPart } from './recordCodec';
import { openTestStore, readRawRecords, type TestStore } from '@tests/support/renderer/testStore';

type RawRow = Record<string, unknown> & { id: string; $sealed?: SealedPart };

const group = (id: string, conditionLabel: string): Omit<Group, 'createdAt' | 'updatedAt'> => ({
  id,
  title: `${conditionLabel} group`,
  format: 'condition',
  conditionId: null,
  conditionLabel,
  seed: 7,
  topic: 'open',
  unsourced: false,
});

async function sealedStore(): Promise<TestStore> {
  const s = openTestStore();
  await s.vault.init();
  await s.vault.setPassphrase('a long passphrase');
  return s;
}

const rawRows = async (s: TestStore, table: string): Promise<RawRow[]> => ((await readRawRecords(s.factory, s.name))[table] ?? []) as RawRow[];

/** Writes one raw row with the IndexedDB API, past Dexie and the encryption middleware. */
function putRaw(s: TestStore, table: string, row: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = s.factory.open(s.name);
    open.onsuccess = () => {
      const tx = open.result.transaction(table, 'readwrite');
      tx.objectStore(table).put(row);
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

describe('no tells on disk', () => {
  it('seals group records for HIV, lupus, type 2 diabetes and bipolar disorder to the same size', async () => {
    const s = await sealedStore();
    for (const [i, label] of ['HIV', 'Lupus', 'Type 2 diabetes', 'Bipolar disorder'].entries()) await s.repositories.groups.create(group(`group-000${i}`, label), []);
    const sizes = new Set((await rawRows(s, 'groups')).map((r) => r.$sealed!.data.byteLength));
    expect(sizes.size).toBe(1);
  });

  it('keeps a crisis-state record from the start, the same size before and after a crisis', async () => {
    const s = await sealedStore();
    const [before] = await rawRows(s, 'crisisState');
    expect(before?.id).toBe(SINGLETON);
    await s.repositories.singletons.recordCrisis(['suicide', 'self-harm', 'overdose'], 1_700_000_000_000);
    const [after] = await rawRows(s, 'crisisState');
    expect(after!.$sealed!.data.byteLength).toBe(before!.$sealed!.data.byteLength);
    expect(Object.keys(after!).sort()).toEqual(['$sealed', 'id']);
    // Without a passphrase too, the record exists from the first start.
    const plain = openTestStore();
    await plain.vault.init();
    expect((await rawRows(plain, 'crisisState')).map((r) => r.id)).toEqual([SINGLETON]);
  });

  it('keeps no timestamps, ordering or membership of a group readable: only keys and the fields an index needs', async () => {
    const s = await sealedStore();
    await s.repositories.groups.create(group('group-0001', 'Lupus'), [testPersona()]);
    const m = await s.repositories.messages.add({ groupId: 'group-0001', author: { kind: 'user' }, text: 'hello' });
    await s.repositories.journal.addCheckIn({ groupId: 'group-0001', emotional: 3 });
    await s.repositories.journal.addNextStep('group-0001', 'call the clinic');
    await s.repositories.journal.saveSummary('group-0001', 0, 'a summary');
    await s.repositories.careQuestions.add({ text: 'Is this rash from the new tablets?', origin: 'message', groupId: 'group-0001', sourceMessageId: m.id });
    await s.repositories.groups.leave('group-0001');
    const raw = await readRawRecords(s.factory, s.name);
    const readable = Object.fromEntries(
      Object.entries(raw)
        .filter(([t]) => !['keystore', 'settings', 'generation'].includes(t))
        .map(([t, rows]) => [t, [...new Set((rows as RawRow[]).flatMap((r) => Object.keys(r)))].sort()]),
    );
    expect(readable).toEqual({
      careQuestions: ['$sealed', 'id'],
      checkIns: ['$sealed', 'groupId', 'id'],
      crisisState: ['$sealed', 'id'],
      groups: ['$sealed', 'id'],
      members: ['$sealed', 'groupId', 'id'],
      messages: ['$sealed', 'groupId', 'id', 'seq', 'status'],
      nextSteps: ['$sealed', 'groupId', 'id'],
      profile: [],
      safetyPlan: [],
      summaries: ['$sealed', 'groupId', 'id', 'uptoSeq'],
    });
    // The lists those indexes used to sort are still in order.
    expect((await s.repositories.journal.nextSteps()).map((n) => n.text)).toEqual(['call the clinic']);
    expect((await s.repositories.messages.get(m.id))?.createdAt).toBe(m.createdAt);
  });

  it('authenticates readable fields with the record: an edited status or group id makes it refuse to open', async () => {
    const s = await sealedStore();
    await s.repositories.groups.create(group('group-0001', 'Lupus'), []);
    const m = await s.repositories.messages.add({ groupId: 'group-0001', author: { kind: 'user' }, text: 'hello' });
    const [row] = await rawRows(s, 'messages');
    await putRaw(s, 'messages', { ...row, status: 'streaming' });
    const fresh = s.reopen();
    await fresh.vault.init();
    await fresh.vault.unlock('a long passphrase');
    await expect(fresh.repositories.messages.get(m.id)).rejects.toThrow();
    await putRaw(s, 'messages', { ...row, groupId: 'group-other' });
    const again = s.reopen();
    await again.vault.init();
    await again.vault.unlock('a long passphrase');
    await expect(again.repositories.messages.get(m.id)).rejects.toThrow();
    await putRaw(s, 'messages', row);
    await expect(again.repositories.messages.get(m.id)).resolves.toMatchObject({ text: 'hello' });
  });

  it('refuses an unencrypted record put into an encrypted table while a passphrase is set', async () => {
    const s = await sealedStore();
    await s.repositories.groups.create(group('group-0001', 'Lupus'), []);
    await putRaw(s, 'messages', { id: 'forged-1', groupId: 'group-0001', seq: 1, status: 'complete', author: { kind: 'member', memberId: 'x' }, kind: 'chat', text: 'forged', sentenceCount: 1, citations: [], createdAt: 1, updatedAt: 1 });
    await expect(s.repositories.messages.get('forged-1')).rejects.toBeInstanceOf(UnsealedRecordError);
    await expect(s.repositories.messages.all('group-0001')).rejects.toBeInstanceOf(UnsealedRecordError);
  });

  it('holds the data key in memory as a key no script can export', async () => {
    const s = await sealedStore();
    const state = s.holder.current;
    if (state.kind !== 'unlocked') throw new Error('expected unlocked');
    expect(state.key.extractable).toBe(false);
    await expect(globalThis.crypto.subtle.exportKey('raw', state.key)).rejects.toThrow();
    const later = s.reopen();
    await later.vault.init();
    await later.vault.unlock('a long passphrase');
    expect(later.holder.current.kind === 'unlocked' && later.holder.current.key.extractable).toBe(false);
  });
});
