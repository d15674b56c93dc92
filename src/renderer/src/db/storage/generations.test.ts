import { describe, expect, it } from 'vitest';
import { testGenerations } from '@tests/support/renderer/testStore';
import { GENERATION_ID } from './generationRow';
import { openCurrentStore, openGeneration } from './generations';
import { LEGACY_SPACE, spaceName, type StorageSpaces } from './storageSpaces';

/** The same spaces, but with a first start in a bucket of its own, as in Chromium. */
const bucketLike = (spaces: StorageSpaces): StorageSpaces => ({ ...spaces, kind: 'buckets', first: spaceName(1) });

describe('opening the current generation', () => {
  it('a first start with buckets makes generation 1, complete, with its crisis-state record; without buckets, the usual database', async () => {
    const g = testGenerations();
    const store = await openCurrentStore(bucketLike(g.spaces), { iterations: 100_000 });
    expect(store.spaceName).toBe(spaceName(1));
    expect(await store.db.generation.get(GENERATION_ID)).toEqual({ id: GENERATION_ID, number: 1, complete: true });
    expect(await store.db.crisisState.count()).toBe(1);
    expect(store.vault.state.kind).toBe('off');
    const plain = testGenerations();
    expect((await plain.open()).spaceName).toBe(LEGACY_SPACE);
  });

  it('picks the newest complete generation and deletes every other one, older or unfinished', async () => {
    const g = testGenerations();
    for (const [n, complete] of [[1, true], [2, true], [3, false]] as const) {
      const s = await openGeneration(g.spaces, spaceName(n), { iterations: 100_000 });
      await s.vault.init();
      if (complete) await s.db.generation.put({ id: GENERATION_ID, number: n, complete: true });
      s.db.close();
    }
    const store = await g.open();
    expect(store.spaceName).toBe(spaceName(2));
    expect(await g.spaces.list()).toEqual([spaceName(2)]);
  });

  it('after a first move that never finished (only an unfinished generation), starts a new complete one', async () => {
    const g = testGenerations();
    const half = await openGeneration(g.spaces, spaceName(1), { iterations: 100_000 });
    await half.vault.init();
    await half.repositories.singletons.saveProfile({ conditionId: null, conditionLabel: 'half-moved', situations: [], preferences: {}, country: 'US', language: 'en' });
    half.db.close();
    const store = await g.open();
    expect(await store.db.generation.get(GENERATION_ID)).toEqual({ id: GENERATION_ID, number: store.generation, complete: true });
    expect(await store.repositories.singletons.profile()).toBeUndefined();
    expect(await g.spaces.list()).toEqual([store.spaceName]);
  });
});
