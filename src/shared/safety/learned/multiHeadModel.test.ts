import { describe, expect, it } from 'vitest';
import { scoreHeads, scoringModel, trainMultiHead } from './multiHeadModel';

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
