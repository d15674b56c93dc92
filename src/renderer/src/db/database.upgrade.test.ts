import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Group, Member, Message } from '@shared/domain';
import { rawText, readRawRecords, testGenerations } from '@tests/support/renderer/testStore';
import { LEGACY_SPACE } from './storage/storageSpaces';
import { HearthDatabase } from './database';
import { createRepositories } from './repositories';
import { testPersona } from '@tests/support/renderer/testDatabase';

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

// The schema exactly as version 3 shipped (v1 with the timestamp indexes dropped, the keystore and
// the generation marker added).
const V3_STORES = { ...V1_STORES, groups: 'id', checkIns: 'id, groupId', nextSteps: 'id, groupId', keystore: 'id', generation: 'id' };

describe('database versions upgrade real data from the version before', () => {
  it('v3 → v4 adds the questions table and leaves every row as it was', async () => {
    const factory = new IDBFactory();
    const name = `hearth-upgrade-v3-${globalThis.crypto.randomUUID()}`;
    const v3 = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    v3.version(3).stores(V3_STORES);
    await v3.open();
    await v3.table('groups').add(group);
    await v3.table('messages').add(message(0, 'complete', 'Should I ask about my kidneys?'));
    await v3.table('nextSteps').add({ id: 'step-1', groupId: group.id, text: 'Rest on Sunday', createdAt: 1, updatedAt: 1, status: 'open' });
    v3.close();

    const db = new HearthDatabase(name, { indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(4);
    const r = createRepositories(db);
    expect(await r.groups.get(group.id)).toEqual(group);
    expect((await r.messages.all(group.id)).map((m) => m.text)).toEqual(['Should I ask about my kidneys?']);
    expect((await r.journal.nextSteps()).map((s) => s.text)).toEqual(['Rest on Sunday']);
    expect(await r.careQuestions.list()).toEqual([]);
    await r.careQuestions.add({ text: 'Should I ask about my kidneys?', origin: 'message', groupId: group.id, sourceMessageId: 'message-v1-0' });
    expect((await r.careQuestions.list()).map((q) => q.text)).toEqual(['Should I ask about my kidneys?']);
    db.close();
  });

  it('v1 → current keeps every row, adds the keystore table, and the app carries on where it stopped', async () => {
    const factory = new IDBFactory();
    const name = `hearth-upgrade-${globalThis.crypto.randomUUID()}`;
    await writeV1(factory, name);

    const db = new HearthDatabase(name, { indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(4);
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

  it('v1 data can then be encrypted with a passphrase: it moves into a fresh generation and the v1 database is deleted', async () => {
    const g = testGenerations();
    await writeV1(g.factory, LEGACY_SPACE);
    const store = await g.open();
    expect(store.vault.state.kind).toBe('off');
    const set = await g.changes.set(store, 'upgrade passphrase');
    if (!set.ok) throw new Error(set.problem);
    expect(await g.spaces.list()).toEqual([set.store.spaceName]);
    const raw = rawText(await readRawRecords(g.factory, set.store.spaceName));
    expect(raw).not.toContain('diagnosed last month');
    expect(raw).not.toContain('Lupus evenings');
    expect((await set.store.repositories.messages.all(group.id))[0]?.text).toBe('I was diagnosed last month.');
  });

  it('v2 (first-release encryption) → v3: drops the timestamp indexes, keeps the v1-sealed rows readable, and the first unlock moves them to a new key', async () => {
    const g = testGenerations();
    const passphrase = 'first release passphrase';
    await writeV2Encrypted(g.factory, passphrase);

    const store = await g.open();
    expect(store.db.verno).toBe(4);
    expect(store.db.groups.schema.indexes.map((i) => i.name)).toEqual([]);
    expect(store.db.checkIns.schema.indexes.map((i) => i.name)).toEqual(['groupId']);
    expect(store.vault.state.kind).toBe('locked');
    await expect(store.vault.unlock(passphrase)).resolves.toEqual({ ok: true });
    expect(store.vault.legacy).toBe(true);
    expect(await store.repositories.groups.active()).toEqual([group]);
    expect((await store.repositories.messages.all(group.id)).map((m) => m.text)).toEqual(['I was diagnosed last month.', 'Same here. It gets']);

    const moved = await g.changes.upgradeLegacy(store, passphrase);
    if (!moved.ok) throw new Error(moved.problem);
    expect(moved.store.vault.legacy).toBe(false);
    expect(await g.spaces.list()).toEqual([moved.store.spaceName]);
    const raw = await readRawRecords(g.factory, moved.store.spaceName);
    expect((raw['messages'] as Array<{ $sealed: { v: number } }>).map((r) => r.$sealed.v)).toEqual([2, 2]);
    expect(rawText(raw)).not.toContain('"createdAt"');
    expect(await moved.store.repositories.groups.members(group.id)).toEqual([member]);
    expect((await moved.store.repositories.journal.latestSummary(group.id))?.text).toBe('They met.');
  });
});

// The schema exactly as version 2 shipped, and its records exactly as the first release sealed them:
// AES-GCM with an AAD of table and key, no padding, timestamps and ordering left readable.
const V2_STORES = { ...V1_STORES, keystore: 'id' };
const V1_CLEAR: Record<string, readonly string[]> = {
  profile: ['id'],
  groups: ['id', 'createdAt', 'updatedAt', 'leftAt'],
  members: ['id', 'groupId', 'order'],
  messages: ['id', 'groupId', 'seq', 'status', 'createdAt', 'updatedAt'],
  summaries: ['id', 'groupId', 'uptoSeq', 'createdAt'],
  crisisState: ['id'],
};

async function sealV1(key: CryptoKey, table: string, row: Record<string, unknown>): Promise<Record<string, unknown>> {
  const clear: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) (V1_CLEAR[table]?.includes(k) ? clear : secret)[k] = v;
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const additionalData = new TextEncoder().encode(`hearth:${table}:${JSON.stringify(row['id'])}`);
  const data = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, new TextEncoder().encode(JSON.stringify(secret)));
  return { ...clear, $sealed: { v: 1, iv, data } };
}

async function writeV2Encrypted(factory: IDBFactory, passphrase: string): Promise<void> {
  const subtle = globalThis.crypto.subtle;
  const dataKey = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const kdf = { name: 'PBKDF2' as const, hash: 'SHA-256' as const, iterations: 100_000, salt: globalThis.crypto.getRandomValues(new Uint8Array(16)) };
  const material = await subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  const wrapping = await subtle.deriveKey({ ...kdf }, material, { name: 'AES-GCM', length: 256 }, false, ['wrapKey']);
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const wrapped = await subtle.wrapKey('raw', dataKey, wrapping, { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode('hearth:data-key:v1') });
  const check = await sealV1(dataKey, 'keystore', { id: 'data-key', value: 'hearth-data-key' });

  const v2 = new Dexie(LEGACY_SPACE, { indexedDB: factory, IDBKeyRange });
  v2.version(2).stores(V2_STORES);
  await v2.open();
  await v2.table('keystore').add({ id: 'data-key', version: 1, kdf, iv, wrapped, check: { $sealed: check['$sealed'] }, createdAt: 10, changedAt: 10 });
  await v2.table('groups').add(await sealV1(dataKey, 'groups', group));
  await v2.table('members').add(await sealV1(dataKey, 'members', member));
  await v2.table('messages').bulkAdd([
    await sealV1(dataKey, 'messages', message(0, 'complete', 'I was diagnosed last month.')),
    await sealV1(dataKey, 'messages', message(1, 'complete', 'Same here. It gets')),
  ]);
  await v2.table('summaries').add(await sealV1(dataKey, 'summaries', { id: 'summary-v2-1', groupId: group.id, uptoSeq: 0, text: 'They met.', createdAt: 1500 }));
  await v2.table('crisisState').add(await sealV1(dataKey, 'crisisState', { id: 'me', active: false, categories: [] }));
  await v2.table('settings').add({ id: 'me', theme: 'dark', textSize: 120, reducedMotion: 'system', notifications: false, lockAfterMinutes: 5 });
  v2.close();
}
