import { describe, expect, it } from 'vitest';
import { assessCrisis, assessCrisisByRules } from '../assessCrisis';
import type { CrisisAssessment } from '../crisisTypes';
import { LEARNED_REASON, LEARNED_THRESHOLD, learnedCrisisProbability, raiseWithLearned } from './learnedCrisis';
import { featuresOf, featuresOfNormalized } from './features';
import { PINNED_NOT_RAISED } from './pinnedMessages';
import { mayRaise, rulesExplainedAway, trainingLabel } from './raisePolicy';
import modelJson from './crisisModel.json';

const none: CrisisAssessment = { level: 'none', categories: [], reasons: [] };
const distress: CrisisAssessment = { level: 'distress', categories: [], reasons: ['hopeless'] };
const crisis: CrisisAssessment = { level: 'crisis', categories: ['overdose'], reasons: ['overdose-taken'] };

/** Fresh indirect wording (in no set) that the rules leave at none and the committed model scores far above its threshold. */
const CONFIDENT = 'i just want to be done, like actually done';

describe('features', () => {
  it('are the distinct words and word pairs, sorted', () => {
    expect(featuresOfNormalized('no mum no mum')).toEqual(['b:mum no', 'b:no mum', 'w:mum', 'w:no']);
    expect(featuresOf('No MUM')).toEqual(['b:no mum', 'w:mum', 'w:no']);
    expect(featuresOf('')).toEqual([]);
  });
});

describe('the committed model', () => {
  it('is small, and its threshold is a probability', () => {
    expect(JSON.stringify(modelJson).length).toBeLessThan(300_000);
    expect(LEARNED_THRESHOLD).toBeGreaterThan(0.5);
    expect(LEARNED_THRESHOLD).toBeLessThan(1);
  });

  it('leaves the messages other tests pin below the threshold', () => {
    for (const text of PINNED_NOT_RAISED) expect(learnedCrisisProbability(text)).toBeLessThan(LEARNED_THRESHOLD);
  });

  it('scores everyday chat low and indirect suicidal wording high', () => {
    expect(learnedCrisisProbability('had a lovely walk with the dog today')).toBeLessThan(0.5);
    expect(learnedCrisisProbability(CONFIDENT)).toBeGreaterThanOrEqual(LEARNED_THRESHOLD);
  });

  it('scores a message in well under 0.2 ms', () => {
    const texts = ['had a lovely walk with the dog today', CONFIDENT, 'my infusion got moved to friday, so annoying'];
    for (const t of texts) learnedCrisisProbability(t);
    const runs = 3000;
    const start = performance.now();
    for (let i = 0; i < runs; i++) learnedCrisisProbability(texts[i % texts.length] ?? '');
    expect((performance.now() - start) / runs).toBeLessThan(0.2);
  });
});

describe('raiseWithLearned', () => {
  it('raises none and distress to a suicide crisis when the model is confident', () => {
    expect(raiseWithLearned(none, CONFIDENT)).toEqual({ level: 'crisis', categories: ['suicide'], reasons: [LEARNED_REASON] });
    expect(raiseWithLearned(distress, CONFIDENT)).toEqual({ level: 'crisis', categories: ['suicide'], reasons: ['hopeless', LEARNED_REASON] });
  });

  it('never lowers or rewrites a crisis, and leaves unconfident messages alone', () => {
    expect(raiseWithLearned(crisis, 'had a lovely walk with the dog today')).toBe(crisis);
    expect(raiseWithLearned(crisis, CONFIDENT)).toBe(crisis);
    expect(raiseWithLearned(none, 'had a lovely walk with the dog today')).toBe(none);
  });

  it('respects what the rules explained away (idiom, accident, negation, care team)', () => {
    const idiom: CrisisAssessment = { level: 'none', categories: [], reasons: ['idiom:die-if-i-have-to'] };
    expect(raiseWithLearned(idiom, CONFIDENT)).toBe(idiom);
    expect(rulesExplainedAway({ level: 'none', categories: [], reasons: ['negated:want-to-die'] })).toBe(true);
    expect(rulesExplainedAway({ level: 'distress', categories: ['suicide'], reasons: ['recent:method-at-hand'] })).toBe(false);
    expect(mayRaise(crisis)).toBe(false);
  });

  it('is what assessCrisis applies after the rules', () => {
    expect(assessCrisisByRules(CONFIDENT).level).not.toBe('crisis');
    expect(assessCrisis(CONFIDENT)).toMatchObject({ level: 'crisis', categories: ['suicide'] });
    expect(assessCrisis(CONFIDENT).reasons).toContain(LEARNED_REASON);
    expect(assessCrisis('had a lovely walk with the dog today').level).toBe('none');
  });
});

describe('trainingLabel', () => {
  it('learns suicidal crisis against distress and none, and leaves other crises out', () => {
    expect(trainingLabel('crisis', ['suicide'])).toBe(1);
    expect(trainingLabel('crisis', ['overdose'])).toBeNull();
    expect(trainingLabel('distress', ['suicide'])).toBe(0);
    expect(trainingLabel('none', [])).toBe(0);
  });
});
