import { describe, expect, it } from 'vitest';
import { ConditionSearch, damerauDistance } from './conditionSearch';
import { KnowledgePack } from './packSchema';
import { PackRegistry } from './packRegistry';

/** Node's fs, loaded without a static import so this file also type-checks in the web project. */
interface NodeFs {
  readdirSync(path: URL): string[];
  readFileSync(path: URL, encoding: 'utf8'): string;
}
const fsModule = 'node:fs';
const { readdirSync, readFileSync } = (await import(/* @vite-ignore */ fsModule)) as NodeFs;

const dir = new URL('../../../resources/packs/', import.meta.url);
const packs = readdirSync(dir).filter((f: string) => f.endsWith('.json')).map((f) => KnowledgePack.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))));
const search = new ConditionSearch(new PackRegistry(packs).searchEntries());
const top = (q: string): string | undefined => search.search(q)[0]?.packId;
const has = (id: string): boolean => packs.some((p) => p.id === id);

describe('damerauDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(damerauDistance('lupsu', 'lupus')).toBe(1);
    expect(damerauDistance('diabetis', 'diabetes')).toBe(1);
    expect(damerauDistance('abc', 'abc')).toBe(0);
    expect(damerauDistance('a', 'abcd', 2)).toBe(3);
  });
});

describe('ConditionSearch over the bundled packs', () => {
  it('finds type 2 diabetes from an abbreviation and a lay name', () => {
    expect(top('T2D')).toBe('type-2-diabetes');
    expect(top('sugar diabetes')).toBe('type-2-diabetes');
  });

  it('finds conditions from a one-letter typo or swap', () => {
    expect(top('depresion')).toBe('depression');
    expect(search.search('diabetis').map((m) => m.packId)).toContain('type-2-diabetes');
    if (has('lupus')) expect(top('lupsu')).toBe('lupus');
  });

  it('maps an umbrella term to every condition under it', () => {
    if (!has('crohns-disease') || !has('ulcerative-colitis')) return;
    expect(search.search('IBD').slice(0, 2).map((m) => m.packId).sort()).toEqual(['crohns-disease', 'ulcerative-colitis']);
  });

  it('matches prefixes while typing and ignores apostrophes', () => {
    if (!has('crohns-disease')) return;
    expect(top('crohns')).toBe('crohns-disease');
    expect(top('cro')).toBe('crohns-disease');
    expect(top("crohn's")).toBe('crohns-disease');
  });

  it('returns nothing for an empty query or gibberish', () => {
    expect(search.search('   ')).toEqual([]);
    expect(search.search('zzqxv')).toEqual([]);
  });
});
