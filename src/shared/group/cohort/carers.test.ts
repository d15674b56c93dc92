import { describe, expect, it } from 'vitest';
import { KnowledgePack } from '@shared/knowledge/packSchema';
import { caredForWords, carerNote, sampleCaredFor } from './carers';
import { Rng } from './random';

interface NodeFs {
  readFileSync(path: URL, encoding: 'utf8'): string;
}
const fsModule = 'node:fs';
const { readFileSync } = (await import(/* @vite-ignore */ fsModule)) as NodeFs;
const load = (id: string): KnowledgePack => KnowledgePack.parse(JSON.parse(readFileSync(new URL(`../../../../resources/packs/${id}.json`, import.meta.url), 'utf8')));

describe('carers', () => {
  it('name the person they care for in both languages', () => {
    expect(caredForWords({ kind: 'child', gender: 'woman', age: 9 }, 'en')).toBe('my daughter');
    expect(caredForWords({ kind: 'partner', gender: 'man', age: 50 }, 'es')).toBe('mi marido');
    expect(caredForWords({ kind: 'parent', gender: 'nonbinary', age: 80 }, 'en')).toBe('my parent');
    expect(carerNote({ kind: 'child', gender: 'woman', age: 9 }, 'en')).toBe('parent of a 9-year-old');
    expect(carerNote({ kind: 'child', gender: 'woman', age: 9 }, 'es')).toBe('con una hija de 9 años');
  });

  it('care for children whose age follows the diagnosis, and are old enough to be their parents', () => {
    const scd = load('sickle-cell-disease');
    const rng = new Rng(8);
    for (let i = 0; i < 300; i += 1) {
      const years = rng.int(1, 10);
      const { caredFor, carerAge } = sampleCaredFor(rng, scd, years);
      expect(carerAge).toBeGreaterThanOrEqual(20);
      expect(carerAge).toBeLessThanOrEqual(88);
      if (caredFor.kind === 'child') {
        // Sickle cell shows in the first year of life, so the child is about as old as the diagnosis.
        expect(caredFor.age - years).toBeLessThanOrEqual(1);
        expect(carerAge - caredFor.age).toBeGreaterThanOrEqual(24);
      }
    }
  });

  it('keep the carer inside the user’s age wish', () => {
    const rng = new Rng(9);
    for (let i = 0; i < 100; i += 1) {
      const { carerAge } = sampleCaredFor(rng, load('copd'), 5, { min: 50, max: 60 });
      expect(carerAge).toBeGreaterThanOrEqual(50);
      expect(carerAge).toBeLessThanOrEqual(60);
    }
  });
});
