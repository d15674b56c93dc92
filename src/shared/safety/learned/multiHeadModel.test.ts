import { describe, expect, it } from 'vitest';
import { MultiHeadModel, scoreHeads, scoringModel, trainMultiHead } from './multiHeadModel';
import crisisModel from './crisisModel.json';
import adviceModel from './adviceModel.json';

const examples = [
  { features: ['a', 'b'], labels: { x: 1 as const, y: 0 as const } },
  { features: ['a'], labels: { x: 1 as const, y: 0 as const } },
  { features: ['c'], labels: { x: 0 as const, y: 1 as const } },
  { features: ['c', 'b'], labels: { x: 0 as const, y: 1 as const } },
];

describe('trainMultiHead', () => {
  it('is deterministic, bit for bit', () => {
    expect(trainMultiHead(examples, ['x', 'y'], { minCount: 1 })).toEqual(trainMultiHead(examples, ['x', 'y'], { minCount: 1 }));
  });

  it('learns each head separately', () => {
    const model = scoringModel(trainMultiHead(examples, ['x', 'y'], { minCount: 1 }));
    const a = scoreHeads(model, ['a']);
    expect(a.x).toBeGreaterThan(0.5);
    expect(a.y).toBeLessThan(0.5);
  });
});

describe('committed models', () => {
  it('parse, carry their thresholds, and fit the 2 MB budget together', () => {
    const crisis = MultiHeadModel.parse(crisisModel);
    const advice = MultiHeadModel.parse(adviceModel);
    expect(Object.keys(crisis.thresholds).sort()).toEqual(['ask', 'doubt', 'panel']);
    expect(advice.thresholds.advice).toBeGreaterThan(0);
    for (const head of Object.values(crisis.heads)) expect(head.weights.length).toBe(crisis.vocabulary.length);
    expect(JSON.stringify(crisisModel).length + JSON.stringify(adviceModel).length).toBeLessThan(2 * 1024 * 1024);
  });
});
