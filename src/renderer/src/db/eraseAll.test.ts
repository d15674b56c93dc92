import { describe, expect, it } from 'vitest';
import { readRawRecords, testGenerations } from '@tests/support/renderer/testStore';
import { eraseEverything } from './eraseAll';
import { testPersona } from '@tests/support/renderer/testDatabase';

class MemoryStorage {
  readonly items = new Map<string, string>();
  clear(): void {
    this.items.clear();
  }
}

describe('erase everything', () => {
  it('leaves no database generation, no record, no storage and no cache behind', async () => {
    const g = testGenerations();
    const set = await g.changes.set(await g.open(), 'erase passphrase');
    if (!set.ok) throw new Error(set.problem);
    const s = set.store;
    const r = s.repositories;
    await r.groups.create({ id: 'group-0001', title: 'G', format: 'condition', conditionId: 'lupus', conditionLabel: 'Lupus', seed: 1, topic: 'open', unsourced: false }, [testPersona()]);
    await r.messages.add({ groupId: 'group-0001', author: { kind: 'user' }, text: 'erase me' });
    await r.singletons.updateSettings({ theme: 'dark' });
    await r.singletons.saveSafetyPlan({ warningSigns: ['x'], thingsThatHelp: [], peopleAndPlaces: [], professionals: [], reasonsToKeepGoing: [], updatedAt: 1 });
    await r.singletons.recordCrisis(['suicide'], 1);

    const local = new MemoryStorage();
    local.items.set('hearth.lastScreen', 'group');
    const cacheNames = new Set(['hearth-assets']);
    let mainErased = false;
    await eraseEverything(s, g.spaces, {
      storages: [local],
      caches: { keys: async () => [...cacheNames], delete: async (name: string) => cacheNames.delete(name) },
      eraseMainSide: async () => void (mainErased = true),
    });

    expect(await g.factory.databases()).toEqual([]);
    // Opening the name again makes a new, empty database: no stores, no rows.
    expect(await readRawRecords(g.factory, s.spaceName)).toEqual({});
    expect(local.items.size).toBe(0);
    expect(cacheNames.size).toBe(0);
    expect(mainErased).toBe(true);
  });
});
