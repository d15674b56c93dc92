import { describe, expect, it } from 'vitest';
import { testPersona } from '../testDatabase';
import { PBKDF2_ITERATIONS } from './keyDerivation';
import { VaultLockedError } from './keyHolder';
import { openTestStore, rawText, readRawRecords, type TestStore } from './testStore';

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

async function writeEverything(s: TestStore): Promise<string> {
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

  it('encrypts rows written before the passphrase was set, and can turn encryption off again', async () => {
    const s = openTestStore();
    await s.vault.init();
    await writeEverything(s);
    expect(rawText(await readRawRecords(s.factory, s.name))).toContain(MARK.message);
    await s.vault.setPassphrase('a long passphrase');
    expect(rawText(await readRawRecords(s.factory, s.name))).not.toContain(MARK.message);
    expect((await s.repositories.messages.all('group-0001'))[0]?.text).toBe(MARK.message);

    await expect(s.vault.removePassphrase('not it')).resolves.toEqual({ ok: false, problem: 'wrong-passphrase' });
    await expect(s.vault.removePassphrase('a long passphrase')).resolves.toEqual({ ok: true });
    expect(s.vault.state.kind).toBe('off');
    expect(rawText(await readRawRecords(s.factory, s.name))).toContain(MARK.message);
    expect((await s.reopen().vault.init()).kind).toBe('off');
  });

  it('changing the passphrase rewraps only the key: records stay byte-for-byte the same', async () => {
    const s = openTestStore();
    await s.vault.init();
    await s.vault.setPassphrase('first passphrase');
    await writeEverything(s);
    const before = await readRawRecords(s.factory, s.name);
    await expect(s.vault.changePassphrase('wrong', 'second passphrase')).resolves.toEqual({ ok: false, problem: 'wrong-passphrase' });
    await expect(s.vault.changePassphrase('first passphrase', 'second passphrase')).resolves.toEqual({ ok: true });
    const after = await readRawRecords(s.factory, s.name);
    expect(after['messages']).toEqual(before['messages']);
    expect(after['keystore']).not.toEqual(before['keystore']);

    const later = s.reopen();
    await later.vault.init();
    await expect(later.vault.unlock('first passphrase')).resolves.toMatchObject({ ok: false });
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
    const raw = (await readRawRecords(s.factory, s.name))['messages'] as Array<{ id: string; $sealed: { iv: Uint8Array; data: ArrayBuffer } }>;
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
    const remembered = await s.vault.exportKeyForDevice();
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
