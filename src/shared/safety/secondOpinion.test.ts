import { describe, expect, it } from 'vitest';
import { assessCrisis } from './assessCrisis';
import type { CrisisAssessment } from './crisisTypes';
import { combineWithSecondOpinion, guardPrompt, isAmbiguous, parseGuardOutput, withSecondOpinion, type GuardModel } from './secondOpinion';

const none: CrisisAssessment = { level: 'none', categories: [], reasons: [] };
const distress: CrisisAssessment = { level: 'distress', categories: [], reasons: ['hopeless'] };
const crisis: CrisisAssessment = { level: 'crisis', categories: ['abuse'], reasons: ['physical-abuse'] };

describe('parseGuardOutput', () => {
  it('reads safe, unsafe with codes, and anything else as unknown', () => {
    expect(parseGuardOutput('safe')).toEqual({ verdict: 'safe' });
    expect(parseGuardOutput('\n safe \n')).toEqual({ verdict: 'safe' });
    expect(parseGuardOutput('unsafe\nS11')).toEqual({ verdict: 'unsafe', codes: ['S11'] });
    expect(parseGuardOutput('unsafe\nS1,S11')).toEqual({ verdict: 'unsafe', codes: ['S1', 'S11'] });
    expect(parseGuardOutput('unsafe\ns10, S2')).toEqual({ verdict: 'unsafe', codes: ['S10', 'S2'] });
    expect(parseGuardOutput('unsafe')).toEqual({ verdict: 'unsafe', codes: [] });
    expect(parseGuardOutput('I cannot help with that')).toEqual({ verdict: 'unknown' });
    expect(parseGuardOutput('')).toEqual({ verdict: 'unknown' });
  });
});

describe('isAmbiguous', () => {
  it('asks about distress and about "none" that context cancelled, never about crisis or plain talk', () => {
    expect(isAmbiguous(distress)).toBe(true);
    expect(isAmbiguous(crisis)).toBe(false);
    expect(isAmbiguous(none)).toBe(false);
    expect(isAmbiguous(assessCrisis("I'd never hurt myself"))).toBe(true);
    expect(isAmbiguous(assessCrisis('this flare is killing me'))).toBe(true);
  });
});

describe('combineWithSecondOpinion', () => {
  it('raises to crisis on S11 and S1', () => {
    expect(combineWithSecondOpinion(distress, { verdict: 'unsafe', codes: ['S11'] })).toEqual({
      level: 'crisis',
      categories: ['suicide'],
      reasons: ['hopeless', 'guard-model:s11'],
    });
    expect(combineWithSecondOpinion(none, { verdict: 'unsafe', codes: ['S1'] }).categories).toEqual(['harm-to-others']);
  });

  it('never lowers a level', () => {
    expect(combineWithSecondOpinion(crisis, { verdict: 'safe' })).toBe(crisis);
    expect(combineWithSecondOpinion(distress, { verdict: 'safe' })).toBe(distress);
    expect(combineWithSecondOpinion(crisis, { verdict: 'unsafe', codes: ['S11'] })).toBe(crisis);
  });

  it('ignores codes that are not about the user being at risk', () => {
    expect(combineWithSecondOpinion(distress, { verdict: 'unsafe', codes: ['S6', 'S2'] })).toBe(distress);
    expect(combineWithSecondOpinion(distress, { verdict: 'unknown' })).toBe(distress);
  });
});

describe('withSecondOpinion', () => {
  const guard = (answer: string | Error, delayMs = 0): GuardModel & { calls: number } => {
    const g = {
      calls: 0,
      classify: async () => {
        g.calls++;
        await new Promise((r) => setTimeout(r, delayMs));
        if (answer instanceof Error) throw answer;
        return answer;
      },
    };
    return g;
  };

  it('does not ask when the rules are sure', async () => {
    const g = guard('unsafe\nS11');
    expect(await withSecondOpinion('hi', none, g)).toBe(none);
    expect(g.calls).toBe(0);
  });

  it('asks about distress and raises on S11', async () => {
    expect((await withSecondOpinion('x', distress, guard('unsafe\nS11'))).level).toBe('crisis');
  });

  it('leaves the assessment alone when the model fails or is slow', async () => {
    expect(await withSecondOpinion('x', distress, guard(new Error('offline')))).toBe(distress);
    expect(await withSecondOpinion('x', distress, guard('unsafe\nS11', 200), { timeoutMs: 20 })).toBe(distress);
  });
});

describe('guardPrompt', () => {
  it('puts the message in Llama Guard 3 format with the self-harm category', () => {
    const p = guardPrompt('hello there');
    expect(p).toContain('User: hello there');
    expect(p).toContain('S11: Self-Harm.');
    expect(p).toContain("First line must read 'safe' or 'unsafe'.");
  });
});
