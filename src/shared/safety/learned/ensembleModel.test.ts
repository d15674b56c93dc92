import { describe, expect, it } from 'vitest';
import adviceModel from './adviceModel.json';
import crisisModel from './crisisModel.json';
import { averageInLogOdds, EnsembleModel } from './ensembleModel';

describe('ensemble of learned models', () => {
  it('averages members in log-odds: equal and opposite opinions cancel, agreement stays', () => {
    expect(averageInLogOdds([{ a: 0.9 }, { a: 0.1 }]).a).toBeCloseTo(0.5, 6);
    expect(averageInLogOdds([{ a: 0.8 }, { a: 0.8 }]).a).toBeCloseTo(0.8, 6);
    expect(averageInLogOdds([{ a: 0.8 }, {}]).a).toBeCloseTo(0.8, 6);
  });
});

describe('committed models', () => {
  it('parse, carry their thresholds, and fit the 2 MB budget together', () => {
    const crisis = EnsembleModel.parse(crisisModel);
    const advice = EnsembleModel.parse(adviceModel);
    expect(Object.keys(crisis.thresholds).sort()).toEqual(['ask', 'doubt', 'panel']);
    expect(advice.thresholds.advice).toBeGreaterThan(0);
    expect(crisis.linear !== undefined || crisis.bags.length > 0).toBe(true);
    if (crisis.linear) for (const head of Object.values(crisis.linear.heads)) expect(head.weights.length).toBe(crisis.linear.vocabulary.length);
    for (const bag of crisis.bags) expect(bag.heads[0]).toBe('crisis');
    expect(JSON.stringify(crisisModel).length + JSON.stringify(adviceModel).length).toBeLessThan(2 * 1024 * 1024);
  });
});
