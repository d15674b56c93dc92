import { describe, expect, it } from 'vitest';
import { KnowledgeBase, type TopicShelf } from './knowledgeBase';
import type { PackIndexEntry } from './packIndex';
import { packIndexFromFiles, readPackFile } from '@tests/support/packFiles';
import { samplePack } from '@tests/support/samplePack';

const index = packIndexFromFiles();

/** A reader that records every pack id it is asked for. */
function countingReader(): { read: (id: string) => Promise<unknown>; asked: string[] } {
  const asked: string[] = [];
  return { asked, read: (id) => (asked.push(id), readPackFile(id)) };
}

/** The real index padded with `n` synthetic entries, as if many more packs shipped. */
function paddedIndex(n: number): PackIndexEntry[] {
  const extra = Array.from({ length: n }, (_, i): PackIndexEntry => ({
    id: `synthetic-condition-${i}`, name: `Synthetic condition ${i}`, synonyms: [`SC${i}`], category: 'other', countries: ['GB'], coOccurringPackIds: [],
  }));
  return [...index, ...extra];
}

describe('KnowledgeBase (packs on demand)', () => {
  it('reads nothing at start — not the index, not a pack — however many packs there are', () => {
    for (const entries of [index, paddedIndex(index.length * 10)]) {
      let indexReads = 0;
      const reader = countingReader();
      const kb = new KnowledgeBase(async () => (indexReads++, entries), reader.read);
      expect(indexReads).toBe(0);
      expect(kb.reads).toEqual({ packs: 0, index: 0 });
      expect(kb.packIndexNow()).toBeUndefined();
      expect(reader.asked).toEqual([]);
    }
  });

  it('condition search needs the index only, read once, and no pack', async () => {
    const reader = countingReader();
    const kb = new KnowledgeBase(async () => paddedIndex(index.length * 10), reader.read);
    const [a, b] = await Promise.all([kb.conditionSearch(), kb.conditionSearch()]);
    expect(a).toBe(b);
    expect(a.search('sugar diabetes')[0]?.packId).toBe('type-2-diabetes');
    expect(a.search('migraña')[0]?.packId).toBe('migraine');
    expect((await kb.entry('lupus'))?.countries).toContain('US');
    expect(kb.packIndexNow()).toHaveLength(index.length * 11);
    expect(kb.reads).toEqual({ packs: 0, index: 1 });
    expect(reader.asked).toEqual([]);
  });

  it('keeps each index entry small: names and ids, never facts', () => {
    for (const entry of index) {
      expect(JSON.stringify(entry).length).toBeLessThan(1_200);
      expect(Object.keys(entry)).not.toContain('overview');
    }
  });

  it('reads a pack the first time it is needed, once, even when asked for twice at the same moment', async () => {
    const reader = countingReader();
    const kb = new KnowledgeBase(async () => index, reader.read);
    const [a, b] = await Promise.all([kb.load('lupus'), kb.load('lupus')]);
    expect(a).toBe(b);
    expect(a?.id).toBe('lupus');
    await kb.load('lupus');
    expect(reader.asked).toEqual(['lupus']);
    expect(kb.registry.get('lupus')?.origin).toBe('bundled');
    expect(await kb.load('not-a-pack')).toBeUndefined();
    expect(reader.asked).toEqual(['lupus']);
  });

  it('builds a retrieval index over exactly the packs asked for', async () => {
    const reader = countingReader();
    const kb = new KnowledgeBase(async () => index, reader.read);
    const facts = await kb.index(['asthma', 'copd']);
    expect(new Set(facts.retrieve('inhaler side effects', { limit: 20 }).map((r) => r.fact.packId))).toEqual(new Set(['asthma', 'copd']));
    expect(reader.asked.sort()).toEqual(['asthma', 'copd']);
    expect(await kb.index(['copd', 'asthma'])).toBe(facts);
  });

  it('tries again after a failed read, and leaves out a file that is not a valid pack', async () => {
    let fail = true;
    const kb = new KnowledgeBase(async () => index, async (id) => {
      if (fail) throw new Error('chunk failed to load');
      return id === 'asthma' ? { not: 'a pack' } : readPackFile(id);
    });
    await expect(kb.load('lupus')).rejects.toThrow('chunk failed');
    fail = false;
    expect((await kb.load('lupus'))?.id).toBe('lupus');
    expect(await kb.load('asthma')).toBeUndefined();
  });

  it('loads library topics from the shelf, marks them library, and forgets them when the library goes', async () => {
    const topic = { ...samplePack(), id: 'medlineplus-42', name: 'Sample topic' };
    let present = true;
    const shelf: TopicShelf = { owns: (id) => id.startsWith('medlineplus-'), topicPack: async (id) => (present && id === topic.id ? topic : undefined) };
    const kb = new KnowledgeBase(async () => index, readPackFile, shelf);
    const facts = await kb.index(['medlineplus-42']);
    expect(facts.size).toBeGreaterThan(0);
    expect(kb.registry.fact('medlineplus-42/exp-fatigue')?.origin).toBe('library');
    present = false;
    kb.forgetLibrary();
    expect(kb.registry.get('medlineplus-42')).toBeUndefined();
    expect((await kb.index(['medlineplus-42'])).size).toBe(0);
  });
});
