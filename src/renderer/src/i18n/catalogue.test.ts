import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./locales', import.meta.url));

/** Every key path of a nested catalogue, e.g. "welcome.title". */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('message catalogues', () => {
  it('English and Spanish have exactly the same keys in the core file', () => {
    expect(keys(read(join(dir, 'es.json'))).sort()).toEqual(keys(read(join(dir, 'en.json'))).sort());
  });

  it('every feature catalogue exists in both languages with the same keys', () => {
    const en = readdirSync(join(dir, 'en')).sort();
    expect(readdirSync(join(dir, 'es')).sort()).toEqual(en);
    for (const file of en) {
      expect(keys(read(join(dir, 'es', file))).sort(), file).toEqual(keys(read(join(dir, 'en', file))).sort());
    }
  });

  it('no translation is empty', () => {
    const all = [join(dir, 'en.json'), join(dir, 'es.json'), ...['en', 'es'].flatMap((l) => readdirSync(join(dir, l)).map((f) => join(dir, l, f)))];
    for (const file of all) {
      const flat = keys(read(file)).map((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], read(file)));
      for (const value of flat) expect(typeof value === 'string' && value.trim().length > 0, file).toBe(true);
    }
  });
});
