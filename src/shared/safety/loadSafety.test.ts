import { describe, expect, it } from 'vitest';
import { safetyBundleSplit } from '@scripts/safety-bundle';
import { checkAdvice } from './adviceGuard';
import { assessCrisis, assessCrisisByRules } from './assessCrisis';
import { combineVerdict } from './crisisVerdict';
import { learnedSafety } from './learnedSafety';
import { decideResponse } from './gateResponse';
import { loadSafety, safetyLoaded } from './loadSafety';

describe('loadSafety: the learned half loads apart from the rules', () => {
  it('answers with the rules before the models are loaded, and asks about a crisis-shaped distress', () => {
    expect(safetyLoaded()).toBe(false);
    expect(assessCrisis('I want to kill myself tonight').level).toBe('crisis');
    const flare = assessCrisis('everything is too much and I keep thinking about hurting myself');
    expect(decideResponse(flare).response).not.toBe('group');
    expect(checkAdvice('You should stop taking your insulin.').advice).toBe(true);
  });

  it('installs the models once the promise resolves, and later calls share the first load', async () => {
    const first = loadSafety();
    expect(loadSafety()).toBe(first);
    await first;
    expect(safetyLoaded()).toBe(true);
    const learned = learnedSafety();
    expect(learned).not.toBeNull();
    const text = 'i have been giving away my things and writing letters to everyone';
    const recent = ['nothing is going to get better'];
    const expected = combineVerdict(assessCrisisByRules(text, { recent }), learned?.crisisProbabilities(text, recent) ?? {}, learned?.crisisThresholds ?? { panel: 1, ask: 1, doubt: 0 }, learned?.modelReach(text, recent) ?? 'panel');
    expect(assessCrisis(text, { recent })).toEqual(expected);
  });

  it('keeps wink-nlp and the learned weights out of the first script: they sit in a chunk loaded on demand', async () => {
    const { firstInputs, firstGzipKb, lazyInputs, lazyGzipKb } = await safetyBundleSplit();
    const heavy = (input: string): boolean => /wink-nlp|wink-eng-lite-web-model|learned\/\w+Model\.json|nlp\/parse\.ts/.test(input);
    expect(firstInputs.filter(heavy)).toEqual([]);
    expect(lazyInputs.some((i) => i.includes('wink-eng-lite-web-model'))).toBe(true);
    expect(lazyInputs.some((i) => /learned\/crisisModel\.json/.test(i))).toBe(true);
    process.stdout.write(`safety module: first script ${firstGzipKb.toFixed(1)} KB gzip, loaded on demand ${lazyGzipKb.toFixed(1)} KB gzip\n`);
  });
}, 60_000);
