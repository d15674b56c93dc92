import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openIncognitoSpace } from './incognito';

describe('incognito group', () => {
  it('works like any group but never touches the real IndexedDB, and is gone when closed', async () => {
    const real = new IDBFactory();
    Object.defineProperty(globalThis, 'indexedDB', { value: real, configurable: true });
    try {
      const space = await openIncognitoSpace();
      const r = space.repositories;
      await r.groups.create({ id: 'group-incog-1', title: 'Incognito', format: 'condition', conditionId: null, conditionLabel: 'IBD', seed: 1, topic: 'open', unsourced: true }, []);
      await r.messages.add({ groupId: 'group-incog-1', author: { kind: 'user' }, text: 'not telling anyone yet' });
      expect((await r.messages.all('group-incog-1')).map((m) => m.text)).toEqual(['not telling anyone yet']);
      expect(await real.databases()).toEqual([]);
      space.close();
      await expect(r.messages.all('group-incog-1')).rejects.toThrow();
    } finally {
      Reflect.deleteProperty(globalThis, 'indexedDB');
    }
  });
});
