import { describe, expect, it } from 'vitest';
import type { GroupFormat, UserProfile } from '@shared/domain';
import { KnowledgePack } from '@shared/knowledge/packSchema';
import { buildCohort, buildCohortDetail, type CohortInput } from './buildCohort';
import { STAFF_STORIES, STUDY_STORIES } from './challengeBank';
import { startsInChildhood } from './packMaterial';

interface NodeFs {
  readdirSync(path: URL): string[];
  readFileSync(path: URL, encoding: 'utf8'): string;
}
const fsModule = 'node:fs';
const { readdirSync, readFileSync } = (await import(/* @vite-ignore */ fsModule)) as NodeFs;
const dir = new URL('../../../../resources/packs/', import.meta.url);
const packs = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => KnowledgePack.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))));
const byId = new Map(packs.map((p) => [p.id, p]));
const need = (id: string): KnowledgePack => {
  const pack = byId.get(id);
  if (!pack) throw new Error(`pack ${id} missing`);
  return pack;
};

const build = (packId: string, format: GroupFormat, seed: number, profile: Partial<UserProfile> = {}, language: 'en' | 'es' = 'en'): ReturnType<typeof buildCohortDetail> => {
  const pack = need(packId);
  const args: CohortInput = {
    profile: { conditionId: pack.id, conditionLabel: pack.name, situations: [], preferences: {}, country: 'US', language, ...profile },
    format, seed, pack, packs, language,
  };
  return buildCohortDetail(args);
};

describe('cross-condition groups', () => {
  it('are young adults (18–30), each peer with a different condition, the Mirror with the user’s', () => {
    for (let seed = 0; seed < 60; seed += 1) {
      const { personas } = build('crohns-disease', 'cross-condition', seed);
      for (const p of personas) {
        expect(p.age, p.role).toBeGreaterThanOrEqual(18);
        expect(p.age, p.role).toBeLessThanOrEqual(30);
        expect(p.yearsSinceDiagnosis).toBeLessThanOrEqual(p.age);
      }
      expect(personas[0]?.conditionPackId).toBe('crohns-disease');
      const conditions = personas.map((p) => p.conditionPackId);
      expect(new Set(conditions).size).toBe(conditions.length);
      // Each peer's facts come from their own condition's pack (the Navigator may add their second condition's).
      for (const p of personas.filter((x) => x.role !== 'navigator')) {
        for (const key of p.factKeys) expect(key.startsWith(`${p.conditionPackId}/`), `${p.role} ${key}`).toBe(true);
      }
    }
  });

  it('gives the Veteran a condition that can start in childhood, so 15+ years fits a young adult', () => {
    for (let seed = 0; seed < 40; seed += 1) {
      const veteran = build('lupus', 'cross-condition', seed).personas.find((p) => p.role === 'veteran');
      const pack = byId.get(veteran?.conditionPackId ?? '');
      expect(pack && startsInChildhood(pack)).toBe(true);
      expect(veteran?.yearsSinceDiagnosis ?? 0).toBeGreaterThanOrEqual(15);
    }
  });
});

describe('higher-education groups', () => {
  const studyIds = new Set([...STUDY_STORIES, ...STAFF_STORIES].map((e) => e.id));
  it('are students and university staff, all dealing with study or teaching', () => {
    for (let seed = 0; seed < 60; seed += 1) {
      const { drawn } = build('ulcerative-colitis', 'higher-education', seed);
      for (const d of drawn) {
        expect(['student', 'working']).toContain(d.persona.lifeStage);
        if (d.persona.role !== 'facilitator' && d.persona.role !== 'mirror') expect(studyIds.has(d.challengeId), d.challengeId).toBe(true);
        if (d.persona.lifeStage === 'student') expect(d.persona.background).toMatch(/^studying /);
      }
      expect(drawn.filter((d) => d.persona.lifeStage === 'student').length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('newly diagnosed groups', () => {
  it('have everyone but the Veteran and facilitator within two years of diagnosis, the Mirror newest', () => {
    for (const packId of ['type-2-diabetes', 'multiple-sclerosis', 'hiv']) {
      for (let seed = 0; seed < 40; seed += 1) {
        const { personas } = build(packId, 'newly-diagnosed', seed);
        const mirror = personas.find((p) => p.role === 'mirror');
        for (const p of personas.filter((x) => x.role !== 'veteran' && x.role !== 'facilitator')) {
          expect(p.yearsSinceDiagnosis, `${packId} ${p.role}`).toBeLessThanOrEqual(2);
          if (p.role !== 'mirror') expect(p.yearsSinceDiagnosis).toBeGreaterThanOrEqual(mirror?.yearsSinceDiagnosis ?? 0);
        }
        expect(personas.find((p) => p.role === 'veteran')?.yearsSinceDiagnosis).toBeGreaterThanOrEqual(15);
      }
    }
  });
});

describe('carers and parents groups', () => {
  const SAYS_WHO_EN = /\bmy (daughter|son|child|wife|husband|partner|mum|dad|parent) has\b/;
  const SAYS_WHO_ES = /\bmi (hija|hijo|hije|mujer|marido|pareja|madre|padre|progenitor) tiene\b/;

  it('are carers who say plainly who they care for ("my daughter has…")', () => {
    for (const pack of packs) {
      for (let seed = 0; seed < 8; seed += 1) {
        const { drawn } = build(pack.id, 'carers', seed);
        for (const d of drawn.filter((x) => x.persona.role !== 'facilitator')) {
          expect(d.persona.currentChallenge, pack.id).toMatch(SAYS_WHO_EN);
          expect(['parent', 'carer']).toContain(d.persona.lifeStage);
          expect(d.caredFor).toBeDefined();
          if (d.caredFor?.kind === 'child') {
            expect(d.caredFor.age).toBeLessThan(18);
            expect(d.persona.lifeStage).toBe('parent');
            expect(d.persona.background).toMatch(/^parent of a \d+-year-old/);
            expect(d.persona.age - d.caredFor.age).toBeGreaterThanOrEqual(18);
          }
        }
      }
    }
  });

  it('say it in Spanish too ("mi hija tiene…")', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const { personas } = build('type-1-diabetes', 'carers', seed, { conditionLabel: 'diabetes tipo 1', country: 'ES', language: 'es' }, 'es');
      for (const p of personas.filter((x) => x.role !== 'facilitator')) {
        expect(p.currentChallenge).toMatch(SAYS_WHO_ES);
        expect(p.currentChallenge).toContain('diabetes tipo 1');
      }
    }
  });

  it('care mostly for children when the condition starts at birth (sickle cell)', () => {
    let children = 0;
    let total = 0;
    for (let seed = 0; seed < 60; seed += 1) {
      for (const d of build('sickle-cell-disease', 'carers', seed).drawn) {
        if (!d.caredFor) continue;
        total += 1;
        if (d.caredFor.kind === 'child' || d.caredFor.kind === 'adult-child') children += 1;
      }
    }
    expect(children / total).toBeGreaterThan(0.6);
  });
});

describe('one-to-one buddy', () => {
  it('is one peer, the Mirror, with the facilitator in the background', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const cohort = buildCohort({
        profile: { conditionId: 'hiv', conditionLabel: 'HIV', situations: ['lost-trust-in-care'], preferences: {}, country: 'GB', language: 'en' },
        format: 'buddy', seed, pack: need('hiv'), packs, language: 'en',
      });
      expect(cohort.personas.map((p) => p.role)).toEqual(['mirror', 'facilitator']);
      expect(cohort.storyKeys).toHaveLength(2);
    }
  });
});
