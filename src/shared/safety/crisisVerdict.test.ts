import { describe, expect, it } from 'vitest';
import type { CrisisAssessment } from './crisisTypes';
import { combineVerdict, crisisScore, learnedCategories } from './crisisVerdict';
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

  it('asks about abuse, rather than opening the panel, when the model finds a rule-seen abuse very unlikely', () => {
    const v = combineVerdict(abuse, probs(0.01), thresholds);
    expect(v).toMatchObject({ level: 'distress', uncertain: true, categories: ['abuse'] });
    expect(decideResponse(v)).toEqual({ response: 'ask', askAbout: 'abuse' });
    expect(combineVerdict(abuse, probs(0.5), thresholds).level).toBe('crisis');
  });

  it('reads the strongest head: a category head surer than the pooled head decides', () => {
    expect(crisisScore({ crisis: 0.3, suicide: 0.1, 'harm-to-others': 0.92 })).toBe(0.92);
    const v = combineVerdict(none, { crisis: 0.3, suicide: 0.1, 'harm-to-others': 0.92 }, thresholds);
    expect(v).toMatchObject({ level: 'crisis', categories: ['harm-to-others'] });
    const asked = combineVerdict(none, { crisis: 0.2, abuse: 0.7 }, thresholds);
    expect(decideResponse(asked)).toEqual({ response: 'ask', askAbout: 'abuse' });
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

  it('at reach none the model alone raises nothing, but may still doubt a rule crisis', () => {
    expect(combineVerdict(none, probs(0.999), thresholds, 'none')).toEqual({ ...none, uncertain: false });
    expect(combineVerdict(none, probs(0.7), thresholds, 'none')).toEqual({ ...none, uncertain: false });
    const distress: CrisisAssessment = { level: 'distress', categories: ['suicide'], reasons: ['hopeless'] };
    expect(combineVerdict(distress, probs(0.999), thresholds, 'none')).toEqual({ ...distress, uncertain: false });
    expect(combineVerdict(ruleCrisis, probs(0.05), thresholds, 'none')).toMatchObject({ level: 'distress', uncertain: true });
  });

  it('at reach ask the model alone asks at most, and a rule crisis keeps the panel', () => {
    expect(combineVerdict(none, probs(0.999), thresholds, 'ask')).toMatchObject({ level: 'distress', uncertain: true, reasons: ['learned:uncertain'] });
    expect(combineVerdict(none, probs(0.7), thresholds, 'ask')).toMatchObject({ level: 'distress', uncertain: true });
    expect(combineVerdict(none, probs(0.3), thresholds, 'ask')).toEqual({ ...none, uncertain: false });
    expect(combineVerdict(ruleCrisis, probs(0.999), thresholds, 'ask')).toEqual({ ...ruleCrisis, uncertain: false });
  });
});

describe('learnedCategories', () => {
  it('keeps the strongest head and those within half of it', () => {
    expect(learnedCategories({ suicide: 0.8, overdose: 0.5, abuse: 0.1 })).toEqual(['suicide', 'overdose']);
    expect(learnedCategories({})).toHaveLength(1);
  });
});
