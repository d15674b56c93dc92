import { describe, expect, it } from 'vitest';
import type { AuthorSet } from './authorSets';
import { authorFolds } from './crossValidation';

const author = (name: string, users: number): AuthorSet => ({
  author: name,
  users: Array.from({ length: users }, (_, i) => ({ id: `${name}-${i}`, author: name, lang: 'en', group: '', text: `line ${i}`, level: 'none' as const, categories: [] })),
  peers: [],
});
const authors = ['c', 'a', 'e', 'b', 'd'].map((n, i) => author(n, i + 1));

describe('authorFolds', () => {
  it('leaves one author out per fold by default', () => {
    const folds = authorFolds(authors);
    expect(folds.map((f) => [...f.authors])).toEqual([['a'], ['b'], ['c'], ['d'], ['e']]);
  });

  it('deals whole authors into k folds: every author in exactly one, none split', () => {
    const folds = authorFolds(authors, 2);
    expect(folds.map((f) => [...f.authors])).toEqual([['a', 'c', 'e'], ['b', 'd']]);
    for (const fold of folds) for (const line of fold.users) expect(fold.authors.has(line.author)).toBe(true);
    expect(folds.reduce((n, f) => n + f.users.length, 0)).toBe(authors.reduce((n, a) => n + a.users.length, 0));
  });

  it('never makes fewer than two folds or more folds than authors', () => {
    expect(authorFolds(authors, 1)).toHaveLength(2);
    expect(authorFolds(authors, 40)).toHaveLength(5);
  });
});
