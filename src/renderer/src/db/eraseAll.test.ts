import { describe, expect, it } from 'vitest';
import { openTestStore, readRawRecords } from './crypto/testStore';
import { eraseEverything } from './eraseAll';
import { testPersona } from './testDatabase';

class MemoryStorage {
  readonly items = new Map<string, string>();
  clear(): void {
    this.items.clear();
  }
}

describe('erase everything', () => {
  it('leaves no database, no record, no storage and no cache behind', async () => {
    const s = openTestStore();
    await s.vault.init();
    await s.vault.setPassphrase('erase passphrase');
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
    await eraseEverything(s.db, {
      storages: [local],
      caches: { keys: async () => [...cacheNames], delete: async (name: string) => cacheNames.delete(name) },
      eraseMainSide: async () => void (mainErased = true),
    });

    expect(await s.factory.databases()).toEqual([]);
    // Opening the name again makes a new, empty database: no stores, no rows.
    expect(await readRawRecords(s.factory, s.name)).toEqual({});
    expect(local.items.size).toBe(0);
    expect(cacheNames.size).toBe(0);
    expect(mainErased).toBe(true);
  });
});
