import { describe, expect, it } from 'vitest';
import type { UserProfile } from '@shared/domain';
import { KnowledgePack } from '@shared/knowledge/packSchema';
import { assignConditions, followers, hasWish, rolesFor } from './cohortPlan';

interface NodeFs {
  readdirSync(path: URL): string[];
  readFileSync(path: URL, encoding: 'utf8'): string;
}
const fsModule = 'node:fs';
const { readdirSync, readFileSync } = (await import(/* @vite-ignore */ fsModule)) as NodeFs;
const dir = new URL('../../../../resources/packs/', import.meta.url);
const packs = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => KnowledgePack.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))));
const lupus = packs.find((p) => p.id === 'lupus') ?? null;
const profile: UserProfile = { conditionId: 'lupus', conditionLabel: 'Lupus', situations: [], preferences: {}, country: 'US', language: 'en' };

describe('cohort plan', () => {
  it('has six roles, or two for a buddy chat', () => {
    expect(rolesFor('condition')).toHaveLength(6);
    expect(rolesFor('buddy')).toEqual(['mirror', 'facilitator']);
  });

  it('gives cross-condition peers distinct conditions other than the user’s', () => {
    for (let seed = 0; seed < 30; seed += 1) {
      const c = assignConditions(seed, 'cross-condition', profile, lupus, packs);
      const ids = [...c.values()].map((x) => x.pack?.id);
      expect(c.get('mirror')?.pack?.id).toBe('lupus');
      expect(new Set(ids).size).toBe(6);
    }
  });

  it('falls back to the user’s condition when there are not enough packs', () => {
    const c = assignConditions(1, 'cross-condition', profile, lupus, []);
    for (const choice of c.values()) expect(choice.pack?.id).toBe('lupus');
  });

  it('has the Mirror and all but one other peer follow each wish, never the facilitator', () => {
    const f = followers(3, rolesFor('condition'), { setting: 'rural', genders: ['woman'] }, lupus);
    for (const dim of ['setting', 'gender'] as const) {
      const set = f.get(dim);
      expect(set?.has('mirror')).toBe(true);
      expect(set?.has('facilitator')).toBe(false);
      expect(set?.size).toBe(4);
    }
    expect(f.get('age')?.size).toBe(0);
    expect(hasWish({ background: '  ' }, 'background')).toBe(false);
  });

  it('lets the Veteran keep their own age when the wish leaves no room for 15+ years', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const f = followers(seed, rolesFor('condition'), { ageRange: { min: 18, max: 22 } }, packs.find((p) => p.id === 'rheumatoid-arthritis') ?? null);
      expect(f.get('age')?.has('veteran')).toBe(false);
    }
  });
});
