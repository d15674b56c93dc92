import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chatWordKey, isOneToOneKey, ONE_TO_ONE_KEYS } from './oneToOneWords';

const catalogue = (language: 'en' | 'es'): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../i18n/locales/${language}/group.json`, import.meta.url)), 'utf8'));
/** The text at a dotted key path under the group catalogue (without the leading `group.`). */
const at = (root: unknown, path: string): unknown => path.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], root);

const GROUP_WORD = { en: /\bgroups?\b/i, es: /\bgrupos?\b/i } as const;

describe('one-to-one wording', () => {
  for (const language of ['en', 'es'] as const) {
    it(`${language}: every key that speaks of the group has a one-to-one wording that never says "group"`, () => {
      const root = catalogue(language);
      for (const key of ONE_TO_ONE_KEYS) {
        const group = at(root, key);
        const buddy = at(root, `buddy.${key}`);
        expect(typeof group, key).toBe('string');
        expect(typeof buddy, key).toBe('string');
        expect(buddy as string, key).not.toMatch(GROUP_WORD[language]);
      }
    });

    it(`${language}: the one-to-one wordings are exactly the keys the screen swaps`, () => {
      const buddy = at(catalogue(language), 'buddy');
      const paths = (value: unknown, prefix = ''): string[] =>
        typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k)) : [prefix];
      expect(paths(buddy).sort()).toEqual([...ONE_TO_ONE_KEYS].sort());
    });
  }

  it('names the buddy where a group wording spoke of the group', () => {
    const en = catalogue('en');
    for (const key of ['aiNote', 'paused', 'returnToGroup', 'safety.asking', 'failure.other'] as const) expect(at(en, `buddy.${key}`), key).toMatch(/\{\{name\}\}/);
  });

  it('picks the one-to-one key only in a buddy chat, and only for the keys that change', () => {
    expect(chatWordKey('aiNote', true)).toBe('group.buddy.aiNote');
    expect(chatWordKey('aiNote', false)).toBe('group.aiNote');
    expect(isOneToOneKey('failure.timeout')).toBe(false);
    expect(isOneToOneKey('failure.other')).toBe(true);
  });
});
