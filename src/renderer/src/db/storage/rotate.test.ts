// Every passphrase change moves everything into a fresh database generation. These tests stop the
// move at each point a crash could, and check that the next start finds everything, once.
import { describe, expect, it } from 'vitest';
import { SEALED } from '../crypto/fieldPolicy';
import type { SecureStore } from '../crypto/secureStore';
import { rawText, readRawRecords, testGenerations } from '@tests/support/renderer/testStore';
import { GENERATION_ID } from './generationRow';
import { openGeneration } from './generations';
import { rotate } from './rotate';
import { LEGACY_SPACE, spaceName, type StorageSpaces } from './storageSpaces';

const TEXT = 'MARKER-ROTATE-81d0 the flare started on Monday';

async function withHistory(store: SecureStore, messages = 3): Promise<void> {
  const r = store.repositories;
  await r.singletons.saveProfile({ conditionId: 'lupus', conditionLabel: 'Lupus', situations: [], preferences: {}, country: 'US', language: 'en' });
  await r.groups.create({ id: 'group-0001', title: 'Lupus group', format: 'condition', conditionId: 'lupus', conditionLabel: 'Lupus', seed: 1, topic: 'open', unsourced: false }, []);
  for (let i = 0; i < messages; i++) await r.messages.add({ groupId: 'group-0001', author: { kind: 'user' }, text: `${TEXT} ${i}` });
  await r.singletons.updateSettings({ theme: 'dark' });
}

/** Spaces whose `remove` fails, as when the process dies right after the new generation's marker. */
const crashingOnRemove = (spaces: StorageSpaces): StorageSpaces => ({ ...spaces, remove: async () => Promise.reject(new Error('power cut')) });

describe('moving to a new generation', () => {
  it('copies every table (settings and the crisis state included) and deletes the old generation', async () => {
    const g = testGenerations();
    const first = await g.open();
    expect(first.spaceName).toBe(LEGACY_SPACE);
    await withHistory(first, 1200);
    const moved = await rotate(first, g.spaces, 'a long passphrase', { iterations: 100_000 });
    expect(moved.spaceName).toBe(spaceName(1));
    expect(await g.spaces.list()).toEqual([spaceName(1)]);
    expect(await moved.repositories.messages.count('group-0001')).toBe(1200);
    expect((await moved.repositories.singletons.settings()).theme).toBe('dark');
    expect((await moved.repositories.singletons.crisisState()).active).toBe(false);
    const raw = await readRawRecords(g.factory, moved.spaceName);
    expect(rawText(raw)).not.toContain('MARKER-ROTATE');
    expect((raw['messages'] as object[]).every((row) => SEALED in row)).toBe(true);
    // The old handle is closed for good: nothing can write into the deleted generation.
    await expect(first.repositories.messages.count('group-0001')).rejects.toThrow();
  });

  it('a move that fails half-way leaves the old generation current and removes the half-made one', async () => {
    const g = testGenerations();
    const first = await g.open();
    await withHistory(first);
    // A record the old generation cannot open stops the copy part-way.
    await first.db.table('summaries').add({ id: 'zz-unreadable', groupId: 'group-0001', uptoSeq: 0, [SEALED]: { v: 2, iv: new Uint8Array(12), data: new ArrayBuffer(32) } });
    await expect(rotate(first, g.spaces, 'a long passphrase', { iterations: 100_000 })).rejects.toThrow();
    expect(await g.spaces.list()).toEqual([first.spaceName]);
    const after = await g.open();
    expect(after.spaceName).toBe(first.spaceName);
    expect(after.vault.state.kind).toBe('off');
    expect(await after.repositories.messages.count('group-0001')).toBe(3);
  });

  it('a crash after the new marker but before the old generation is deleted: the next start uses the new one and deletes the old', async () => {
    const g = testGenerations();
    const first = await g.open();
    await withHistory(first);
    const moved = await rotate(first, crashingOnRemove(g.spaces), 'a long passphrase', { iterations: 100_000 });
    expect((await g.spaces.list()).sort()).toEqual([LEGACY_SPACE, spaceName(1)]);
    moved.db.close();
    const after = await g.open();
    expect(after.spaceName).toBe(spaceName(1));
    expect(after.vault.state.kind).toBe('locked');
    expect(await g.spaces.list()).toEqual([spaceName(1)]);
    await after.vault.unlock('a long passphrase');
    expect((await after.repositories.messages.all('group-0001')).map((m) => m.text)).toEqual([0, 1, 2].map((i) => `${TEXT} ${i}`));
  });

  it('a crash before the new marker (a half-filled newer generation on disk): the next start keeps the old one and deletes the newer', async () => {
    const g = testGenerations();
    const first = await g.open();
    await withHistory(first);
    const half = await openGeneration(g.spaces, spaceName(1), { iterations: 100_000 });
    await half.vault.init();
    await half.repositories.singletons.saveProfile({ conditionId: null, conditionLabel: 'partial', situations: [], preferences: {}, country: 'US', language: 'en' });
    half.db.close();
    first.db.close();
    const after = await g.open();
    expect(after.spaceName).toBe(LEGACY_SPACE);
    expect(await g.spaces.list()).toEqual([LEGACY_SPACE]);
    expect(await after.repositories.messages.count('group-0001')).toBe(3);
    expect((await after.repositories.singletons.profile())?.conditionLabel).toBe('Lupus');
  });

  it('a first-release database moves forward: records sealed the old way are re-sealed under a new key in a new generation', async () => {
    const g = testGenerations();
    const legacy = await openGeneration(g.spaces, 'hearth', { iterations: 100_000 });
    await legacy.vault.init();
    await legacy.vault.setPassphrase('old release passphrase');
    await withHistory(legacy);
    // Make it look like the first release wrote it: a v1 key record.
    const row = await legacy.db.keystore.get('data-key');
    await legacy.db.keystore.put({ ...row!, version: 1, createdAt: 1, changedAt: 1 } as never);
    legacy.db.close();

    const opened = await g.open();
    expect(opened.generation).toBe(0);
    await opened.vault.unlock('old release passphrase');
    expect(opened.vault.legacy).toBe(true);
    const upgraded = await g.changes.upgradeLegacy(opened, 'old release passphrase');
    if (!upgraded.ok) throw new Error(upgraded.problem);
    expect(upgraded.store.generation).toBe(1);
    expect(upgraded.store.vault.legacy).toBe(false);
    expect(await g.spaces.list()).toEqual([spaceName(1)]);
    expect(await upgraded.store.repositories.messages.count('group-0001')).toBe(3);
    expect(await upgraded.store.db.generation.get(GENERATION_ID)).toEqual({ id: GENERATION_ID, number: 1, complete: true });
  });
});
