import { describe, expect, it } from 'vitest';
import { Persona, type GroupFormat, type GroupPreferences, Situation } from '@shared/domain';
import type { KnowledgePack } from '@shared/knowledge/packSchema';
import { buildCohort } from './buildCohort';

// A pack as thin as the schema allows, as a user or organisation might import one.
const thin: KnowledgePack = {
  schemaVersion: 1,
  id: 'thin-condition',
  version: '1.0.0',
  name: 'Thin condition',
  synonyms: ['thin'],
  category: 'other',
  sources: [{ id: 'src', title: 'A source', publisher: 'Someone', url: 'https://example.org/a', checked: '2025-01-01' }],
  overview: [{ id: 'overview-1', text: 'A condition described in one plain sentence.', sources: ['src'], checked: '2025-01-01' }],
  experiences: [{ id: 'experience-1', text: 'People describe good weeks and bad weeks.', sources: ['src'], checked: '2025-01-01' }],
  treatments: [],
  coOccurring: [],
  demographics: { notes: [] },
  lifeTopics: [],
  organisations: [],
};
const FORMATS: readonly GroupFormat[] = ['condition', 'cross-condition', 'higher-education', 'newly-diagnosed', 'carers', 'buddy'];
const WISHES: readonly GroupPreferences[] = [
  {},
  { self: { age: 14, gender: 'nonbinary' } },
  { ageRange: { min: 90, max: 100 }, genders: ['nonbinary'] },
  { ageRange: { min: 13, max: 15 }, lifeStage: 'retired', setting: 'urban' },
  { background: 'Māori, LGBTQ+, faith', self: { age: 110 } },
];

describe('buildCohort at the edges', () => {
  it('builds valid people from a thin pack, odd wishes and every situation, in every format', () => {
    for (const format of FORMATS) {
      for (const [i, preferences] of WISHES.entries()) {
        for (let seed = 0; seed < 5; seed += 1) {
          const cohort = buildCohort({
            profile: { conditionId: thin.id, conditionLabel: thin.name, situations: [...Situation.options], preferences, country: 'NZ', language: i % 2 === 0 ? 'en' : 'es' },
            format, seed, pack: thin, packs: [thin], language: i % 2 === 0 ? 'en' : 'es',
          });
          for (const p of cohort.personas) {
            expect(() => Persona.parse(p), `${format}/${i}/${seed}`).not.toThrow();
            expect(p.treatments).toEqual([]);
            expect(p.yearsSinceDiagnosis).toBeLessThanOrEqual(p.age);
            for (const key of p.factKeys) expect(key.startsWith('thin-condition/')).toBe(true);
          }
          // "Māori" was asked for: the Mirror is Māori, with a Māori name, in New Zealand.
          if (i === 4) expect(cohort.personas[0]?.background).toMatch(/Māori|maorí/);
        }
      }
    }
  });

  it('accepts any non-negative seed, including the largest', () => {
    for (const seed of [0, 1, 2 ** 31, 2 ** 32 - 1]) {
      const cohort = buildCohort({
        profile: { conditionId: null, conditionLabel: 'Something rare', situations: [], preferences: {}, country: 'US', language: 'en' },
        format: 'condition', seed, pack: null, language: 'en',
      });
      expect(cohort.personas).toHaveLength(6);
    }
  });
});
