import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Persona, type GroupFormat, type UserProfile } from '@shared/domain';
import { flattenPack } from '@shared/knowledge/flattenPack';
import { readLibrary, textChunks } from '@shared/knowledge/library/readLibrary';
import { topicPack } from '@shared/knowledge/library/topicPack';
import { buildCohort } from './buildCohort';
import { genderOdds } from './demographics';
import { onsetRange } from './packMaterial';

const xml = readFileSync(new URL('../../../../tests/fixtures/medlineplus/health-topics.xml', import.meta.url), 'utf8');
const { topics } = await readLibrary(textChunks(xml), { fallbackDate: '2026-12-01' });
const FORMATS: readonly GroupFormat[] = ['condition', 'newly-diagnosed', 'higher-education', 'carers', 'buddy'];

describe('cohorts from a library topic', () => {
  for (const topic of topics) {
    it(`${topic.title}: personas drawn from the topic's own facts, with no figure it does not state`, () => {
      const pack = topicPack(topic);
      const keys = new Set(flattenPack(pack, 'library').map((f) => f.key));
      // Nothing to invent from: no onset age, no female share, no notes; the factory's neutral ranges apply.
      expect(onsetRange(pack).from).toBe('default');
      expect(genderOdds(pack, 'condition')).toEqual(genderOdds(null, 'condition'));
      const profile: UserProfile = { conditionId: topic.id, conditionLabel: topic.title, situations: [], preferences: {}, country: 'US', language: topic.language };
      for (const format of FORMATS) {
        for (let seed = 0; seed < 8; seed += 1) {
          const cohort = buildCohort({ profile, format, seed, pack, packs: [pack], language: topic.language });
          expect(cohort.unsourced).toBe(false);
          for (const persona of cohort.personas) {
            expect(() => Persona.parse(persona)).not.toThrow();
            expect(persona.conditionPackId).toBe(topic.id);
            expect(persona.treatments).toEqual([]);
            expect(persona.coOccurring).toBeUndefined();
            for (const key of persona.factKeys) expect(keys.has(key), `${format}/${seed}: ${key}`).toBe(true);
          }
        }
      }
    });
  }
});
