import { describe, expect, it } from 'vitest';
import { excerptFor, foldText } from './historyExcerpt';

describe('history search excerpts', () => {
  it('folds case and accents', () => {
    expect(foldText('Mi Corazón')).toBe('mi corazon');
  });

  it('keeps a short message whole', () => {
    expect(excerptFor('Mi corazón va rápido cuando subo escaleras.', 'corazon')).toBe('Mi corazón va rápido cuando subo escaleras.');
  });

  it('cuts a long message to an excerpt around the match', () => {
    const excerpt = excerptFor(`${'a'.repeat(200)} needle ${'b'.repeat(200)}`, 'needle');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).toContain('needle');
    expect(excerpt.length).toBeLessThan(140);
  });
});
