import { describe, expect, it } from 'vitest';
import type { CrisisAssessment } from './crisisTypes';
import { combineVerdict, learnedCategories } from './crisisVerdict';
import { decideResponse } from './gateResponse';

const none: CrisisAssessment = { level: 'none', categories: [], reasons: [] };
const ruleCrisis: CrisisAssessment = { level: 'crisis', categories: ['suicide'], reasons: ['want-to-die'] };
const abuse: CrisisAssessment = { level: 'crisis', categories: ['abuse'], reasons: ['hits-me'] };
const thresholds = { panel: 0.9, ask: 0.6, doubt: 0.2 };
const probs = (crisis: number, extra: Record<string, number> = {}): Record<string, number> => ({ crisis, suicide: 0.1, ...extra });

describe('combineVerdict', () => {
  it('keeps a rule crisis as the panel when the model does not doubt it', () => {
    const v = combineVerdict(ruleCrisis, probs(0.5), thresholds);
    expect(v).toMatchObject({ level: 'crisis', uncertain: false, reasons: ['want-to-die'] });
    expect(decideResponse(v).response).toBe('panel');
  });

  it('asks instead of opening the panel when the model finds a rule crisis very unlikely', () => {
    const v = combineVerdict(ruleCrisis, probs(0.05), thresholds);
    expect(v).toMatchObject({ level: 'distress', uncertain: true });
    expect(v.reasons).toContain('learned:doubt');
    expect(decideResponse(v)).toEqual({ response: 'ask', askAbout: 'self-harm' });
  });

  it('never downgrades a risk that cannot be asked about (abuse keeps the panel)', () => {
    expect(combineVerdict(abuse, probs(0.01), thresholds).level).toBe('crisis');
  });

  it('raises to crisis at the panel threshold, with the categories the heads point to', () => {
    const v = combineVerdict(none, probs(0.95, { overdose: 0.8, suicide: 0.5 }), thresholds);
    expect(v).toMatchObject({ level: 'crisis', categories: ['suicide', 'overdose'], uncertain: false });
    expect(v.reasons).toContain('learned:overdose');
  });

  it('is uncertain between the ask and panel thresholds, with an askable category', () => {
    const v = combineVerdict(none, probs(0.7, { 'medical-emergency': 0.6 }), thresholds);
    expect(v).toMatchObject({ level: 'distress', uncertain: true });
    expect(decideResponse(v)).toEqual({ response: 'ask', askAbout: 'emergency' });
  });

  it('leaves the rules\' reading below the ask threshold', () => {
    expect(combineVerdict(none, probs(0.3), thresholds)).toEqual({ ...none, uncertain: false });
  });

  it('without risk-bearing evidence the model alone raises nothing, but may still doubt a rule crisis', () => {
    expect(combineVerdict(none, probs(0.999), thresholds, false)).toEqual({ ...none, uncertain: false });
    expect(combineVerdict(none, probs(0.7), thresholds, false)).toEqual({ ...none, uncertain: false });
    const distress: CrisisAssessment = { level: 'distress', categories: ['suicide'], reasons: ['hopeless'] };
    expect(combineVerdict(distress, probs(0.999), thresholds, false)).toEqual({ ...distress, uncertain: false });
    expect(combineVerdict(ruleCrisis, probs(0.05), thresholds, false)).toMatchObject({ level: 'distress', uncertain: true });
  });
});

describe('learnedCategories', () => {
  it('keeps the strongest head and those within half of it', () => {
    expect(learnedCategories({ suicide: 0.8, overdose: 0.5, abuse: 0.1 })).toEqual(['suicide', 'overdose']);
    expect(learnedCategories({})).toHaveLength(1);
  });
});
