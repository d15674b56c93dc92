import { describe, expect, it } from 'vitest';
import { testPersona } from '@tests/support/renderer/testDatabase';
import { importDataKey, unwrapDataKey } from './dataKey';
import { deriveWrappingKey, PBKDF2_ITERATIONS } from './keyDerivation';
import { VaultLockedError } from './keyHolder';
import type { KeystoreRow } from './keystoreRow';
import { openRow, type SealedPart } from './recordCodec';
import type { SecureStore } from './secureStore';
import { openTestStore, rawText, readRawRecords, testGenerations } from '@tests/support/renderer/testStore';

const MARK = {
  message: 'MARKER-MSG-7f3a lupus flare at work',
  reply: 'MARKER-REPLY-91c2 pacing helped me',
  persona: 'MARKER-PERSONA-44d1',
  profile: 'MARKER-PROFILE-e0b8',
  summary: 'MARKER-SUMMARY-5a5a',
  plan: 'MARKER-PLAN-c3c3',
  step: 'MARKER-STEP-2b2b',
  title: 'MARKER-TITLE-6e6e',
};

const group = (id = 'group-0001') => ({
  id,
  title: MARK.title,
  format: 'condition' as const,
  conditionId: 'lupus',
  conditionLabel: 'Lupus',
  seed: 7,
  topic: 'open' as const,
  unsourced: false,
});

async function writeEverything(s: SecureStore): Promise<string> {
  const r = s.repositories;
  await r.singletons.saveProfile({ conditionId: 'lupus', conditionLabel: MARK.profile, situations: ['just-diagnosed'], preferences: {}, country: 'US', language: 'en' });
  await r.groups.create(group(), [testPersona({ whatHelped: MARK.persona })]);
  await r.messages.add({ groupId: 'group-0001', author: { kind: 'user' }, text: MARK.message });
  const reply = await r.messages.add({ groupId: 'group-0001', author: { kind: 'member', memberId: 'member-1' }, status: 'streaming' });
  await r.messages.appendSentence(reply.id, MARK.reply);
  await r.journal.saveSummary('group-0001', 1, MARK.summary);
  await r.journal.addNextStep('group-0001', MARK.step);
  await r.journal.addCheckIn({ groupId: 'group-0001', emotional: 4 });
  await r.singletons.saveSafetyPlan({ warningSigns: [MARK.plan], thingsThatHelp: [], peopleAndPlaces: [], professionals: [], reasonsToKeepGoing: [], updatedAt: 1 });
  await r.singletons.recordCrisis(['self-harm'], 5);
  return reply.id;
}

describe('encryption at rest', () => {
  it('stores no sensitive text in IndexedDB once a passphrase is set, and a wrong passphrase unlocks nothing', async () => {
    const s = openTestStore({ iterations: PBKDF2_ITERATIONS });
    await s.vault.init();
    await expect(s.vault.setPassphrase('correct horse battery')).resolves.toEqual({ ok: true });
    const replyId = await writeEverything(s);

    const raw = rawText(await readRawRecords(s.factory, s.name));
    for (const marker of Object.values(MARK)) expect(raw).not.toContain(marker.slice(0, 15));
    expect(raw).not.toContain('self-harm');
    expect(raw).not.toContain('Rosa');

    // After a restart: locked, and a wrong passphrase reads nothing.
    const later = s.reopen();
    expect((await later.vault.init()).kind).toBe('locked');
    await expect(later.vault.unlock('wrong horse battery')).resolves.toEqual({ ok: false, problem: 'wrong-passphrase' });
    await expect(later.repositories.messages.get(replyId)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(later.repositories.singletons.profile()).rejects.toBeInstanceOf(VaultLockedError);
    await expect(later.repositories.messages.add({ groupId: 'group-0001', author: { kind: 'user' }, text: 'x' })).rejects.toBeInstanceOf(VaultLockedError);

    await expect(later.vault.unlock('correct horse battery')).resolves.toEqual({ ok: true });
    expect(await later.repositories.messages.get(replyId)).toMatchObject({ text: MARK.reply, status: 'streaming' });
    expect((await later.repositories.groups.members('group-0001'))[0]?.persona.whatHelped).toBe(MARK.persona);
    expect(await later.repositories.singletons.profile()).toMatchObject({ conditionLabel: MARK.profile });
    expect((await later.repositories.singletons.safetyPlan())?.warningSigns).toEqual([MARK.plan]);
    expect((await later.repositories.journal.latestSummary('group-0001'))?.text).toBe(MARK.summary);
    expect((await later.repositories.singletons.crisisState()).categories).toEqual(['self-harm']);
  });

  it('keeps every repository behaviour working through the middleware (transactions stay open across WebCrypto)', async () => {
    const s = openTestStore();
    await s.vault.init();
    await s.vault.setPassphrase('a long passphrase');
    const replyId = await writeEverything(s);
    const r = s.repositories;
    await r.messages.appendSentence(replyId, 'Second sentence.');
    expect(await r.messages.get(replyId)).toMatchObject({ text: `${MARK.reply} Second sentence.`, sentenceCount: 2 });
    expect(await r.messages.markStreamingInterrupted()).toBe(1);
    expect((await r.messages.latest('group-0001', 5)).map((m) => [m.seq, m.status])).toEqual([
      [0, 'complete'],
      [1, 'interrupted'],
    ]);
    await r.groups.rename('group-0001', 'Renamed');
    expect((await r.groups.active()).map((g) => g.title)).toEqual(['Renamed']);
    const [member] = await r.groups.members('group-0001');
    await r.groups.setMuted(member!.id, true);
    expect((await r.groups.members('group-0001'))[0]?.muted).toBe(true);
    await r.groups.delete('group-0001');
    expect(await r.db.messages.count()).toBe(0);
  });

  it('setting a passphrase moves what was written before into a fresh database under a new key, and deletes the old one', async () => {
    const g = testGenerations();
    const plain = await g.open();
    await writeEverything(plain);
    expect(rawText(await readRawRecords(g.factory, plain.spaceName))).toContain(MARK.message);

    const set = await g.changes.set(plain, 'a long passphrase');
    if (!set.ok) throw new Error(set.problem);
    const sealed = set.store;
    expect(sealed.spaceName).not.toBe(plain.spaceName);
    expect(await g.spaces.list()).toEqual([sealed.spaceName]);
    const raw = rawText(await readRawRecords(g.factory, sealed.spaceName));
    for (const marker of Object.values(MARK)) expect(raw).not.toContain(marker.slice(0, 15));
    expect((await sealed.repositories.messages.all('group-0001'))[0]?.text).toBe(MARK.message);

    await expect(g.changes.remove(sealed, 'not it')).resolves.toEqual({ ok: false, problem: 'wrong-passphrase' });
    const removed = await g.changes.remove(sealed, 'a long passphrase');
    if (!removed.ok) throw new Error(removed.problem);
    expect(removed.store.vault.state.kind).toBe('off');
    expect(await g.spaces.list()).toEqual([removed.store.spaceName]);
    expect(rawText(await readRawRecords(g.factory, removed.store.spaceName))).toContain(MARK.message);
    expect((await g.open()).vault.state.kind).toBe('off');
  });

  it('a database that already holds records cannot be given a key in place', async () => {
    const s = openTestStore();
    await s.vault.init();
    await writeEverything(s);
    await expect(s.vault.setPassphrase('a long passphrase')).resolves.toEqual({ ok: false, problem: 'not-empty' });
    expect(s.vault.state.kind).toBe('off');
  });

  it('changing the passphrase makes a new data key: the old key, a kept copy of the old key record and the old remembered key open nothing', async () => {
    const g = testGenerations();
    const first = await g.open();
    const set = await g.changes.set(first, 'first passphrase');
    if (!set.ok) throw new Error(set.problem);
    await writeEverything(set.store);
    const oldRecord = (await readRawRecords(g.factory, set.store.spaceName))['keystore']?.[0] as KeystoreRow;
    const oldRemembered = await set.store.vault.keyForDevice('first passphrase');
    expect(oldRemembered).toMatch(/^[A-Za-z0-9+/]{43}=$/);

    await expect(g.changes.change(set.store, 'wrong', 'second passphrase')).resolves.toEqual({ ok: false, problem: 'wrong-passphrase' });
    const changed = await g.changes.change(set.store, 'first passphrase', 'second passphrase');
    if (!changed.ok) throw new Error(changed.problem);
    const now = await readRawRecords(g.factory, changed.store.spaceName);

    // The old key, from the kept key record and the old passphrase, or from the old keychain copy.
    const fromRecord = await unwrapDataKey({ iv: new Uint8Array(oldRecord.iv), wrapped: oldRecord.wrapped }, await deriveWrappingKey('first passphrase', oldRecord.kdf));
    const fromKeychain = await importDataKey(oldRemembered!);
    let opened = 0;
    for (const [table, rows] of Object.entries(now)) {
      if (table === 'keystore' || table === 'generation' || table === 'settings') continue;
      for (const row of rows as Array<Record<string, unknown> & { id: string; $sealed: SealedPart }>) {
        expect(row.$sealed).toBeDefined();
        for (const key of [fromRecord, fromKeychain]) if (await openRow(key, table, row.id, row).then(() => true, () => false)) opened++;
      }
    }
    expect(opened).toBe(0);

    const later = await g.open();
    expect(later.spaceName).toBe(changed.store.spaceName);
    await expect(later.vault.unlock('first passphrase')).resolves.toEqual({ ok: false, problem: 'wrong-passphrase' });
    await expect(later.vault.unlockWithRememberedKey(oldRemembered!)).resolves.toEqual({ ok: false, problem: 'bad-remembered-key' });
    await expect(later.vault.unlock('second passphrase')).resolves.toEqual({ ok: true });
    expect((await later.repositories.messages.all('group-0001'))[0]?.text).toBe(MARK.message);
  });

  it('uses a fresh IV for every record and refuses rows moved to another key', async () => {
    const s = openTestStore();
    await s.vault.init();
    await s.vault.setPassphrase('a long passphrase');
    await s.repositories.groups.create(group(), []);
    const a = await s.repositories.messages.add({ groupId: 'group-0001', author: { kind: 'user' }, text: 'same words' });
    const b = await s.repositories.messages.add({ groupId: 'group-0001', author: { kind: 'user' }, text: 'same words' });
    const raw = (await readRawRecords(s.factory, s.name))['messages'] as Array<{ id: string; $sealed: SealedPart }>;
    const [ra, rb] = [raw.find((m) => m.id === a.id)!, raw.find((m) => m.id === b.id)!];
    expect(Buffer.from(ra.$sealed.iv).equals(Buffer.from(rb.$sealed.iv))).toBe(false);
    expect(Buffer.from(ra.$sealed.data).equals(Buffer.from(rb.$sealed.data))).toBe(false);
    // Swap b's ciphertext into a's row: the AAD binds it to its own id, so it no longer opens.
    const swap = await new Promise<void>((resolve, reject) => {
      const open = s.factory.open(s.name);
      open.onsuccess = () => {
        const tx = open.result.transaction('messages', 'readwrite');
        tx.objectStore('messages').put({ ...ra, $sealed: rb.$sealed });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    expect(swap).toBeUndefined();
    const fresh = s.reopen();
    await fresh.vault.init();
    await fresh.vault.unlock('a long passphrase');
    await expect(fresh.repositories.messages.get(a.id)).rejects.toThrow();
  });

  it('unlocks with a key remembered on this device, and refuses a key that does not fit', async () => {
    const s = openTestStore();
    await s.vault.init();
    await s.vault.setPassphrase('a long passphrase');
    await writeEverything(s);
    await expect(s.vault.keyForDevice('not the passphrase')).resolves.toBeUndefined();
    const remembered = await s.vault.keyForDevice('a long passphrase');
    expect(remembered).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const later = s.reopen();
    await later.vault.init();
    const stranger = btoa(String.fromCharCode(...globalThis.crypto.getRandomValues(new Uint8Array(32))));
    await expect(later.vault.unlockWithRememberedKey(stranger)).resolves.toEqual({ ok: false, problem: 'bad-remembered-key' });
    await expect(later.vault.unlockWithRememberedKey('not base64!')).resolves.toEqual({ ok: false, problem: 'bad-remembered-key' });
    expect(later.vault.state.kind).toBe('locked');
    await expect(later.vault.unlockWithRememberedKey(remembered!)).resolves.toEqual({ ok: true });
    expect((await later.repositories.messages.all('group-0001'))[0]?.text).toBe(MARK.message);
    later.vault.lock();
    await expect(later.repositories.messages.all('group-0001')).rejects.toBeInstanceOf(VaultLockedError);
  });
});
