import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Group, Member, Message } from '../../../shared/domain';
import { openTestStore, rawText, readRawRecords } from './crypto/testStore';
import { HearthDatabase } from './database';
import { createRepositories } from './repositories';
import { testPersona } from './testDatabase';

// The schema exactly as version 1 shipped. Frozen here on purpose: the upgrade must work from what
// users really have on disk, whatever database.ts says today.
const V1_STORES = {
  profile: 'id',
  settings: 'id',
  groups: 'id, updatedAt',
  members: 'id, groupId',
  messages: 'id, [groupId+seq], [groupId+status]',
  summaries: 'id, [groupId+uptoSeq]',
  checkIns: 'id, groupId, createdAt',
  nextSteps: 'id, groupId, createdAt',
  safetyPlan: 'id',
  crisisState: 'id',
};

const group: Group = {
  id: 'group-v1-0001',
  title: 'Lupus evenings',
  format: 'condition',
  conditionId: 'lupus',
  conditionLabel: 'Lupus',
  seed: 3,
  topic: 'open',
  createdAt: 1000,
  updatedAt: 2000,
  unsourced: false,
};
const member: Member = { id: 'member-v1-0001', groupId: group.id, persona: testPersona(), muted: false, order: 0 };
const message = (seq: number, status: Message['status'], text: string): Message => ({
  id: `message-v1-${seq}`,
  groupId: group.id,
  seq,
  author: seq === 0 ? { kind: 'user' } : { kind: 'member', memberId: member.id },
  kind: 'chat',
  status,
  text,
  sentenceCount: 1,
  citations: [],
  createdAt: 1000 + seq,
  updatedAt: 1000 + seq,
});

async function writeV1(factory: IDBFactory, name: string): Promise<void> {
  const v1 = new Dexie(name, { indexedDB: factory, IDBKeyRange });
  v1.version(1).stores(V1_STORES);
  await v1.open();
  await v1.table('groups').add(group);
  await v1.table('members').add(member);
  await v1.table('messages').bulkAdd([message(0, 'complete', 'I was diagnosed last month.'), message(1, 'streaming', 'Same here. It gets')]);
  await v1.table('profile').add({ id: 'me', conditionId: 'lupus', conditionLabel: 'Lupus', situations: [], preferences: {}, country: 'US', language: 'en' });
  await v1.table('settings').add({ id: 'me', theme: 'dark', textSize: 120, reducedMotion: 'system', notifications: false, lockAfterMinutes: 5 });
  await v1.table('summaries').add({ id: 'summary-v1-1', groupId: group.id, uptoSeq: 0, text: 'They met.', createdAt: 1500 });
  v1.close();
}

describe('database versions upgrade real data from the version before', () => {
  it('v1 → v2 keeps every row, adds the keystore table, and the app carries on where it stopped', async () => {
    const factory = new IDBFactory();
    const name = `hearth-upgrade-${globalThis.crypto.randomUUID()}`;
    await writeV1(factory, name);

    const db = new HearthDatabase(name, { indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.keystore.count()).toBe(0);
    const r = createRepositories(db);
    expect(await r.groups.get(group.id)).toEqual(group);
    expect(await r.groups.members(group.id)).toEqual([member]);
    expect((await r.singletons.settings()).theme).toBe('dark');
    expect((await r.journal.latestSummary(group.id))?.text).toBe('They met.');
    // The reply cut off under v1 is recovered, and new messages continue the sequence.
    expect(await r.messages.markStreamingInterrupted()).toBe(1);
    const next = await r.messages.add({ groupId: group.id, author: { kind: 'user' }, text: 'Back again.' });
    expect(next.seq).toBe(2);
    expect((await r.messages.all(group.id)).map((m) => [m.seq, m.status])).toEqual([
      [0, 'complete'],
      [1, 'interrupted'],
      [2, 'complete'],
    ]);
    db.close();
  });

  it('v1 data upgraded to v2 can then be encrypted with a passphrase', async () => {
    const factory = new IDBFactory();
    const name = `hearth-upgrade-${globalThis.crypto.randomUUID()}`;
    await writeV1(factory, name);
    const store = openTestStore({ factory, name });
    expect((await store.vault.init()).kind).toBe('off');
    await store.vault.setPassphrase('upgrade passphrase');
    const raw = rawText(await readRawRecords(factory, name));
    expect(raw).not.toContain('diagnosed last month');
    expect(raw).not.toContain('Lupus evenings');
    expect((await store.repositories.messages.all(group.id))[0]?.text).toBe('I was diagnosed last month.');
  });
});
