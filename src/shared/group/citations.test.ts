import { describe, expect, it } from 'vitest';
import type { FlatFact } from '../knowledge/flattenPack';
import { isUnsourcedClaim, resolveCitations } from './citations';

const fact = (id: string, origin: 'bundled' | 'imported' = 'bundled'): FlatFact => ({
  key: `t2d/${id}`,
  packId: 't2d',
  packName: 'Type 2 diabetes',
  origin,
  id,
  kind: 'side-effect',
  text: 'Metformin can upset the stomach at first.',
  sources: [{ id: 's1', title: 'Metformin', publisher: 'NHS', url: 'https://www.nhs.uk/medicines/metformin/', checked: '2026-11-21' }],
});
const facts = [fact('a'), fact('b', 'imported')];

describe('resolveCitations', () => {
  it('keeps valid markers and returns their sources', () => {
    const r = resolveCitations('It upset my stomach at first [1].', facts);
    expect(r.text).toBe('It upset my stomach at first [1].');
    expect(r.citations).toEqual([{ marker: 1, factKey: 't2d/a', title: 'Metformin', publisher: 'NHS', url: 'https://www.nhs.uk/medicines/metformin/', origin: 'bundled' }]);
  });
  it('removes a marker that points at no fact', () => {
    const r = resolveCitations('Apparently it helps [7].', facts);
    expect(r.text).toBe('Apparently it helps.');
    expect(r.citations).toEqual([]);
  });
  it('filters lists of markers and carries the imported origin', () => {
    const r = resolveCitations('Both are true [1, 9, 2].', facts);
    expect(r.text).toBe('Both are true [1, 2].');
    expect(r.citations.map((c) => [c.marker, c.origin])).toEqual([[1, 'bundled'], [2, 'imported']]);
  });
});

describe('isUnsourcedClaim', () => {
  const names = ['metformin', 'insulin'];
  it('holds back uncited statistics', () => {
    expect(isUnsourcedClaim('About 90% of people get this.', names)).toBe(true);
    expect(isUnsourcedClaim('1 in 10 people stop it.', names)).toBe(true);
    expect(isUnsourcedClaim('Most patients feel better.', names)).toBe(true);
    expect(isUnsourcedClaim('El 30 por ciento lo nota.', names)).toBe(true);
  });
  it('holds back general claims about a treatment without a source', () => {
    expect(isUnsourcedClaim('Metformin causes hair loss.', names)).toBe(true);
  });
  it('lets cited claims and first-person experience through', () => {
    expect(isUnsourcedClaim('About 90% of people get this [1].', names)).toBe(false);
    expect(isUnsourcedClaim('Metformin upset my stomach for weeks.', names)).toBe(false);
    expect(isUnsourcedClaim('I think it works for me.', names)).toBe(false);
    expect(isUnsourcedClaim('That sounds exhausting.', names)).toBe(false);
    expect(isUnsourcedClaim('I was diagnosed 3 years ago.', names)).toBe(false);
  });
});
