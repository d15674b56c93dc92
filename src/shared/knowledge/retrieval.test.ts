import { describe, expect, it } from 'vitest';
import { flattenPack } from './flattenPack';
import { expandQuery, FactIndex } from './retrieval';
import { samplePack } from '@tests/support/samplePack';

const other = { ...samplePack(), id: 'other-condition', name: 'Other condition' };
const index = FactIndex.build([...flattenPack(samplePack()), ...flattenPack(other, 'imported')]);

describe('expandQuery', () => {
  it('adds pack vocabulary to lay words', () => {
    const terms = expandQuery('tired all the time');
    expect(terms).toEqual(expect.arrayContaining(['tir', 'fatigu']));
    expect(expandQuery('how do I tell my boss')).toEqual(expect.arrayContaining(['work', 'disclosur']));
    expect(expandQuery('can I drink')).toContain('alcohol');
  });
  it('returns nothing for stop words only', () => {
    expect(expandQuery('is it the')).toEqual([]);
  });
});

describe('FactIndex.retrieve', () => {
  it('finds a fact through lay phrasing', () => {
    const top = index.retrieve('so tired all the time', { packIds: ['sample-condition'] })[0];
    expect(top?.fact.key).toBe('sample-condition/exp-fatigue');
  });

  it('puts a named treatment’s facts first and carries their sources', () => {
    const results = index.retrieve('samplezole and drinking', { packIds: ['sample-condition'], limit: 3 });
    expect(results[0]?.fact.key).toBe('sample-condition/samplezole-alcohol');
    expect(results.every((r) => r.fact.treatmentId === 'samplezole')).toBe(true);
    expect(results[0]?.fact.sources[0]?.publisher).toBe('NHS');
  });

  it('limits, filters by pack and kind, and keeps scores descending', () => {
    const all = index.retrieve('stomach headache fatigue', { limit: 4 });
    expect(all).toHaveLength(4);
    expect(all.map((r) => r.score)).toEqual([...all.map((r) => r.score)].sort((a, b) => b - a));
    expect(index.retrieve('stomach', { packIds: ['other-condition'] }).every((r) => r.fact.packId === 'other-condition')).toBe(true);
    expect(index.retrieve('samplezole', { kinds: ['side-effect'] }).every((r) => r.fact.kind === 'side-effect')).toBe(true);
  });

  it('keeps the imported origin on retrieved facts', () => {
    expect(index.retrieve('stomach', { packIds: ['other-condition'] })[0]?.fact.origin).toBe('imported');
  });

  it('returns nothing for an empty or meaningless query', () => {
    expect(index.retrieve('')).toEqual([]);
    expect(index.retrieve('the and of')).toEqual([]);
    expect(index.size).toBe(20);
  });
});
