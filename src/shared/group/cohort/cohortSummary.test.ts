import { describe, expect, it } from 'vitest';
import type { Persona } from '@shared/domain';
import { challengeHeadline, cohortSummary, sinceDiagnosis } from './cohortSummary';

const rosa: Persona = {
  id: 'mirror-1',
  role: 'mirror',
  name: 'Rosa M.',
  age: 44,
  gender: 'woman',
  pronouns: 'she/her',
  background: 'grew up in a Mexican-American family in Texas',
  setting: 'rural',
  lifeStage: 'working',
  condition: 'Lupus (systemic lupus erythematosus)',
  conditionPackId: 'lupus',
  yearsSinceDiagnosis: 1,
  treatments: [],
  copingStyle: 'taking it one day at a time',
  voice: 'warm and chatty, tells small stories',
  currentChallenge: "Tiredness at work — I hit a wall by mid-afternoon and my manager doesn't see it.",
  whatHelped: 'pacing my week',
  factKeys: [],
  avatar: { initials: 'RM', hue: 20, motif: 'leaf' },
};

describe('cohortSummary', () => {
  it('describes a peer in one plain line', () => {
    expect(cohortSummary(rosa)).toBe('Rosa M., 44, she/her — diagnosed 1 year ago; lives in a small town; working; dealing with tiredness at work');
  });

  it('counts months under a year and says the second condition', () => {
    const text = cohortSummary({ ...rosa, yearsSinceDiagnosis: 0.25, coOccurring: { name: "Raynaud's", factKey: 'lupus/co-raynauds' } });
    expect(text).toContain('diagnosed 3 months ago');
    expect(text).toContain("also lives with Raynaud's");
  });

  it('names the peer’s condition when it is not the group’s', () => {
    expect(cohortSummary({ ...rosa, condition: 'Psoriasis', conditionPackId: 'psoriasis' }, { groupPackId: 'lupus' })).toContain('lives with psoriasis, diagnosed 1 year ago');
    expect(cohortSummary(rosa, { groupPackId: 'lupus' })).not.toContain('lives with lupus');
  });

  it('says what a carer cares for', () => {
    const carer = { ...rosa, lifeStage: 'parent' as const, currentChallenge: 'Night-time worry — my daughter has type 1 diabetes, and I have not slept properly since.' };
    expect(cohortSummary(carer, { format: 'carers' })).toBe('Rosa M., 44, she/her — cares for someone with lupus, diagnosed 1 year ago; lives in a small town; parent; dealing with night-time worry');
  });

  it('speaks Spanish', () => {
    const es = { ...rosa, pronouns: 'ella', currentChallenge: 'Un cansancio que nadie ve — a media tarde ya no me queda nada.', lifeStage: 'retired' as const, yearsSinceDiagnosis: 12 };
    expect(cohortSummary(es, { language: 'es' })).toBe('Rosa M., 44, ella — diagnosticada hace 12 años; vive en un pueblo; jubilada; ahora mismo: un cansancio que nadie ve');
  });
});

describe('summary helpers', () => {
  it('say how long ago', () => {
    expect(sinceDiagnosis(1 / 12, 'en')).toBe('1 month ago');
    expect(sinceDiagnosis(0.5, 'en')).toBe('6 months ago');
    expect(sinceDiagnosis(0, 'en')).toBe('1 month ago');
    expect(sinceDiagnosis(23, 'en')).toBe('23 years ago');
    expect(sinceDiagnosis(1, 'es')).toBe('hace 1 año');
  });

  it('keep acronyms in headlines', () => {
    expect(challengeHeadline('HIV and dating — it comes up early.')).toBe('HIV and dating');
    expect(challengeHeadline('Work — nobody knows.')).toBe('work');
    expect(challengeHeadline('A rough patch — this month.')).toBe('a rough patch');
    expect(challengeHeadline('No dash here.')).toBe('no dash here');
  });
});
