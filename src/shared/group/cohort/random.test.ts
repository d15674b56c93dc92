import { describe, expect, it } from 'vitest';
import { hashString, Rng, shortKey, subSeed } from './random';

describe('Rng', () => {
  it('gives the same stream for the same seed, and a different one for another seed', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const xs = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('int covers both ends of its range and nothing outside it', () => {
    const rng = new Rng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i += 1) seen.add(rng.int(3, 8));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('weighted follows its weights and never picks a zero weight', () => {
    const rng = new Rng(1);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20000; i += 1) counts[rng.weighted(['a', 'b', 'c'] as const, (x) => (x === 'a' ? 3 : x === 'b' ? 1 : 0))] += 1;
    expect(counts.c).toBe(0);
    expect(counts.a / 20000).toBeGreaterThan(0.72);
    expect(counts.a / 20000).toBeLessThan(0.78);
  });

  it('shuffle returns a permutation and leaves its input alone', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = new Rng(9).shuffle(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...out].sort((a, b) => a - b)).toEqual(input);
  });

  it('pick refuses an empty list', () => {
    expect(() => new Rng(1).pick([])).toThrow();
  });
});

describe('sub-seeds', () => {
  it('are stable and differ by label, so each field has its own stream', () => {
    expect(subSeed(5, 'mirror', 'name')).toBe(subSeed(5, 'mirror', 'name'));
    expect(subSeed(5, 'mirror', 'name')).not.toBe(subSeed(5, 'mirror', 'age'));
    expect(subSeed(5, 'mirror', 'name')).not.toBe(subSeed(6, 'mirror', 'name'));
    // Label boundaries matter: ("ab","c") is not ("a","bc").
    expect(subSeed(5, 'ab', 'c')).not.toBe(subSeed(5, 'a', 'bc'));
  });

  it('streams for different labels are independent (no shared extremes)', () => {
    const roles = ['mirror', 'veteran', 'navigator', 'ally', 'specialist', 'facilitator'];
    let highTriples = 0;
    const n = 5000;
    for (let seed = 0; seed < n; seed += 1) {
      const v = roles.map((r) => Rng.for(seed, r, 'culture').next());
      if (v.filter((x) => x > 0.9).length >= 3) highTriples += 1;
    }
    // P(at least 3 of 6 uniform draws above 0.9) ≈ 0.0159.
    expect(highTriples / n).toBeLessThan(0.03);
  });

  it('hashString and shortKey are stable', () => {
    expect(hashString('hearth')).toBe(hashString('hearth'));
    expect(shortKey('a')).toMatch(/^[0-9a-z]{7}$/);
    expect(shortKey('a')).not.toBe(shortKey('b'));
  });
});
