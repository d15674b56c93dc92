import { describe, expect, it } from 'vitest';
import { openTestStore } from '@tests/support/renderer/testStore';
import { HistoryIndex } from './historyIndex';
import { HistorySearch } from './historySearch';

const group = (id: string) => ({ id, title: 'G', format: 'condition' as const, conditionId: null, conditionLabel: 'Lupus', seed: 1, topic: 'open' as const, unsourced: false });

describe('history search', () => {
  it('finds messages by all their words, accents folded, the last word as a prefix', () => {
    const index = new HistoryIndex();
    index.upsert([
      { id: 'm1', groupId: 'g1', seq: 0, text: 'The methotrexate made me tired on Fridays' },
      { id: 'm2', groupId: 'g1', seq: 1, text: 'La medicación me cansa mucho' },
      { id: 'm3', groupId: 'g2', seq: 0, text: 'Tired of explaining fatigue at work' },
    ]);
    expect(index.search('tired').map((h) => h.id).sort()).toEqual(['m1', 'm3']);
    expect(index.search('tired fri').map((h) => h.id)).toEqual(['m1']);
    expect(index.search('medicacion').map((h) => h.id)).toEqual(['m2']);
    expect(index.search('tired', { groupId: 'g2' }).map((h) => h.id)).toEqual(['m3']);
    index.upsert([{ id: 'm3', groupId: 'g2', seq: 0, text: 'Edited words' }]);
    expect(index.search('tired').map((h) => h.id)).toEqual(['m1']);
    index.remove(['m1']);
    expect(index.search('tired')).toEqual([]);
  });

  it('indexes decrypted messages after unlocking, follows new writes, and forgets everything on reset', async () => {
    const s = openTestStore();
    const search = new HistorySearch(s.db);
    await s.vault.init();
    await s.vault.setPassphrase('search passphrase');
    await s.repositories.groups.create(group('group-0001'), []);
    await s.repositories.messages.add({ groupId: 'group-0001', author: { kind: 'user' }, text: 'my knees ache in the cold' });
    expect((await search.search('knees')).map((h) => h.seq)).toEqual([0]);
    const reply = await s.repositories.messages.add({ groupId: 'group-0001', author: { kind: 'member', memberId: 'member-1' }, status: 'streaming' });
    await s.repositories.messages.appendSentence(reply.id, 'Warm baths help my knees.');
    expect((await search.search('knees')).map((h) => h.seq).sort()).toEqual([0, 1]);
    await s.repositories.groups.delete('group-0001');
    expect(await search.search('knees')).toEqual([]);
    search.reset();
    expect(search.size).toBe(0);
  });
});
