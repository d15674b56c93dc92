// Test support for the group engine: a small cast and facts. Not used by the app.
import type { Persona, Role } from '@shared/domain/index';
import type { FlatFact } from '@shared/knowledge/flattenPack';

const base = (id: string, name: string, role: Role, extra: Partial<Persona> = {}): Persona => ({
  id,
  role,
  name,
  age: 40,
  gender: 'woman',
  pronouns: 'she/her',
  background: 'grew up near the coast',
  setting: 'urban',
  lifeStage: 'working',
  condition: 'Type 2 diabetes',
  conditionPackId: 'type-2-diabetes',
  yearsSinceDiagnosis: 3,
  treatments: [],
  copingStyle: 'plans ahead',
  voice: 'warm, short sentences',
  currentChallenge: 'tired after work',
  whatHelped: 'short walks after meals',
  factKeys: [],
  avatar: { initials: name.slice(0, 1), hue: 10, motif: 'circle' },
  ...extra,
});

export const cast: Persona[] = [
  base('p-mirror', 'Rosa M.', 'mirror', { yearsSinceDiagnosis: 0.5, factKeys: ['type-2-diabetes/exp-tired'] }),
  base('p-veteran', 'Dee K.', 'veteran', { age: 61, yearsSinceDiagnosis: 22, gender: 'man', pronouns: 'he/him', factKeys: ['type-2-diabetes/self-walk'] }),
  base('p-navigator', 'Sam T.', 'navigator', { coOccurring: { name: 'Depression', factKey: 'type-2-diabetes/co-depression' }, factKeys: ['type-2-diabetes/co-depression'] }),
  base('p-ally', 'Ana P.', 'ally', { gender: 'nonbinary', pronouns: 'they/them' }),
  base('p-specialist', 'Omar H.', 'specialist', {
    gender: 'man',
    pronouns: 'he/him',
    treatments: [{ treatmentId: 'metformin', name: 'Metformin', sideEffectKeys: ['type-2-diabetes/metformin-gi'], tipKeys: ['type-2-diabetes/metformin-food'], purposeKey: 'type-2-diabetes/metformin-purpose' }],
    factKeys: ['type-2-diabetes/metformin-gi', 'type-2-diabetes/metformin-food'],
  }),
  base('p-facilitator', 'Jo B.', 'facilitator', { condition: 'Asthma', conditionPackId: 'asthma' }),
];

export const fact = (id: string, text: string, kind: FlatFact['kind'] = 'experience'): FlatFact => ({
  key: `type-2-diabetes/${id}`,
  packId: 'type-2-diabetes',
  packName: 'Type 2 diabetes',
  origin: 'bundled',
  id,
  kind,
  text,
  sources: [{ id: 'nhs', title: 'Type 2 diabetes', publisher: 'NHS', url: 'https://www.nhs.uk/conditions/type-2-diabetes/', checked: '2026-11-21' }],
});
