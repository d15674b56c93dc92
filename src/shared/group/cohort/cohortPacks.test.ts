import { describe, expect, it } from 'vitest';
import { cohortPackIds, type CohortPackCandidate } from './cohortPacks';

const candidates: CohortPackCandidate[] = [
  { id: 'lupus', coOccurringPackIds: ['depression', 'chronic-kidney-disease', 'not-shipped'] },
  ...['asthma', 'copd', 'depression', 'chronic-kidney-disease', 'migraine', 'epilepsy', 'hiv', 'psoriasis', 'anxiety', 'fibromyalgia', 'long-covid']
    .map((id) => ({ id, coOccurringPackIds: [] })),
];

describe('cohortPackIds', () => {
  it('asks for the own pack and the co-occurring packs that exist, nothing unrelated', () => {
    const ids = cohortPackIds(candidates, 'lupus', 'condition', 11);
    expect(ids).toEqual(['lupus', 'depression', 'chronic-kidney-disease']);
    for (const format of ['newly-diagnosed', 'carers', 'higher-education', 'buddy'] as const) expect(cohortPackIds(candidates, 'lupus', format, 11)).toEqual(ids);
  });

  it('draws more others for a cross-condition group, and none of them twice', () => {
    const ids = cohortPackIds(candidates, null, 'cross-condition', 5);
    expect(ids).toHaveLength(8);
    expect(new Set(ids).size).toBe(8);
  });

  it('is deterministic per seed and varies between seeds', () => {
    expect(cohortPackIds(candidates, null, 'cross-condition', 99)).toEqual(cohortPackIds([...candidates].reverse(), null, 'cross-condition', 99));
    const draws = new Set([1, 2, 3, 4, 5, 6].map((seed) => cohortPackIds(candidates, null, 'cross-condition', seed).join()));
    expect(draws.size).toBeGreaterThan(1);
  });

  it('keeps an id the index does not know (a library topic) first, so the caller loads it from the library', () => {
    const ids = cohortPackIds(candidates, 'medlineplus-1234', 'condition', 3);
    expect(ids).toEqual(['medlineplus-1234']);
  });
});
