import { describe, expect, it } from 'vitest';
import { KnowledgePack } from '@shared/knowledge/packSchema';
import { livedTreatment, packMaterial } from './packMaterial';
import { Rng } from './random';
import { pickChallenge, pickHelped, type StoryContext } from './stories';

interface NodeFs {
  readFileSync(path: URL, encoding: 'utf8'): string;
}
const fsModule = 'node:fs';
const { readFileSync } = (await import(/* @vite-ignore */ fsModule)) as NodeFs;
const load = (id: string): KnowledgePack => KnowledgePack.parse(JSON.parse(readFileSync(new URL(`../../../../resources/packs/${id}.json`, import.meta.url), 'utf8')));

const base = (pack: KnowledgePack | null, extra: Partial<StoryContext> = {}): StoryContext => ({
  role: 'ally', format: 'condition', language: 'en', gender: 'woman', material: pack ? packMaterial(pack, 'US') : null,
  treatments: [], staff: false, situations: [], vars: { cond: 'lupus' }, ...extra,
});

describe('story picking', () => {
  it('grounds theme and life stories in the pack and carries their keys', () => {
    const lupus = load('lupus');
    let grounded = 0;
    for (let seed = 0; seed < 100; seed += 1) {
      const line = pickChallenge(new Rng(seed), base(lupus), new Set());
      for (const key of line.keys) expect(key.startsWith('lupus/')).toBe(true);
      if (line.keys.length > 0) grounded += 1;
    }
    expect(grounded).toBeGreaterThan(40);
  });

  it('never tells a treatment story about a diet, surgery or support service', () => {
    const celiac = load('celiac-disease');
    const treatments = celiac.treatments.map((t) => ({ treatment: t, lived: livedTreatment(celiac, t, new Rng(1)), material: packMaterial(celiac, 'US') }));
    for (let seed = 0; seed < 50; seed += 1) {
      const line = pickChallenge(new Rng(seed), base(celiac, { role: 'specialist', treatments }), new Set());
      expect(line.text).not.toMatch(/gluten-free diet|dietitian support/i);
      expect(line.id.startsWith('tr-')).toBe(false);
    }
  });

  it('skips ids already used in the group', () => {
    const used = new Set<string>();
    for (let i = 0; i < 5; i += 1) {
      const line = pickHelped(new Rng(1), base(load('asthma')), used);
      expect(used.has(line.id)).toBe(false);
      used.add(line.id);
    }
  });

  it('uses no pack material when there is no pack', () => {
    for (let seed = 0; seed < 50; seed += 1) {
      const ctx = base(null);
      expect(pickChallenge(new Rng(seed), ctx, new Set()).keys).toEqual([]);
      expect(pickHelped(new Rng(seed), ctx, new Set()).keys).toEqual([]);
    }
  });
});
