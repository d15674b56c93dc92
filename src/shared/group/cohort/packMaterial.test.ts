import { describe, expect, it } from 'vitest';
import { flattenPack } from '@shared/knowledge/flattenPack';
import { KnowledgePack } from '@shared/knowledge/packSchema';
import { coOccurringChoices, livedTreatment, maxYearsWith, onsetRange, packMaterial, specialistTreatments, startsInChildhood } from './packMaterial';
import { Rng } from './random';

interface NodeFs {
  readdirSync(path: URL): string[];
  readFileSync(path: URL, encoding: 'utf8'): string;
}
const fsModule = 'node:fs';
const { readdirSync, readFileSync } = (await import(/* @vite-ignore */ fsModule)) as NodeFs;
const dir = new URL('../../../../resources/packs/', import.meta.url);
const packs = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => KnowledgePack.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))));
const need = (id: string): KnowledgePack => {
  const pack = packs.find((p) => p.id === id);
  if (!pack) throw new Error(`pack ${id} missing`);
  return pack;
};

describe('pack material', () => {
  it('only ever offers citation keys that flattenPack knows, for every pack', () => {
    for (const pack of packs) {
      const keys = new Set(flattenPack(pack).map((f) => f.key));
      const m = packMaterial(pack, 'US');
      for (const list of m.themes.values()) for (const key of list) expect(keys.has(key), key).toBe(true);
      for (const t of pack.treatments) {
        const lived = livedTreatment(pack, t, new Rng(1));
        for (const key of [lived.purposeKey, ...lived.sideEffectKeys, ...lived.tipKeys]) expect(keys.has(key), key).toBe(true);
        // At least one side effect and one tip whenever the pack has them.
        expect(lived.sideEffectKeys.length > 0).toBe(t.sideEffects.length > 0);
        expect(lived.tipKeys.length > 0).toBe(t.selfManagement.length > 0);
      }
    }
  });

  it('finds themes in the pack’s own words', () => {
    expect(packMaterial(need('lupus'), 'US').themes.get('fatigue')?.length).toBeGreaterThan(0);
    expect(packMaterial(need('asthma'), 'US').themes.get('breathing')?.length).toBeGreaterThan(0);
    expect(packMaterial(need('epilepsy'), 'US').themes.get('seizures')?.length).toBeGreaterThan(0);
  });

  it('puts the user’s country first among life topics and keeps only local or international organisations', () => {
    const m = packMaterial(need('type-1-diabetes'), 'GB');
    for (const topics of m.lifeTopics.values()) {
      const rank = topics.map((t) => (t.country === 'GB' ? 0 : t.country === 'INTL' ? 1 : 2));
      expect([...rank].sort()).toEqual(rank);
    }
    for (const o of m.organisations) expect(['GB', 'INTL']).toContain(o.country);
  });

  it('ranks treatments with side effects first for the Specialist', () => {
    const ranked = specialistTreatments(need('lupus'));
    expect(ranked[0]?.sideEffects.length).toBeGreaterThan(0);
  });

  it('ranks co-occurring conditions that have their own pack first', () => {
    const choices = coOccurringChoices(need('lupus'));
    expect(choices[0]?.packId).toBeDefined();
  });

  it('reads onset, childhood start and history length', () => {
    expect(onsetRange(need('rheumatoid-arthritis'))).toEqual({ min: 40, max: 50, from: 'onset-age' });
    expect(onsetRange(need('lupus')).from).toBe('default');
    // "more common in people aged 65 and over" and "most common in people aged 35 to 69"
    expect(onsetRange(need('heart-failure'))).toEqual({ min: 53, max: 77, from: 'notes' });
    expect(onsetRange(need('long-covid'))).toEqual({ min: 35, max: 69, from: 'notes' });
    expect(onsetRange(null).from).toBe('default');
    expect(startsInChildhood(need('sickle-cell-disease'))).toBe(true);
    expect(startsInChildhood(need('type-1-diabetes'))).toBe(true);
    expect(startsInChildhood(need('rheumatoid-arthritis'))).toBe(false);
    expect(startsInChildhood(need('type-2-diabetes'))).toBe(false);
    expect(maxYearsWith(need('long-covid'))).toBe(5);
    expect(maxYearsWith(need('hiv'))).toBe(80);
  });
});
