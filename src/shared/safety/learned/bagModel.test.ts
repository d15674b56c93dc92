import { describe, expect, it } from 'vitest';
import { BagModel, bucketsOf, hashFeature, scoreBag, scoringBag, serializeBag, trainBag } from './bagModel';

// Two heads that depend on different features, with noise features shared by both classes.
const examples = Array.from({ length: 80 }, (_, i) => {
  const positive = i % 2 === 0;
  return { features: [positive ? `yes${i % 5}` : `no${i % 5}`, `noise${i % 7}`], labels: { x: positive ? (1 as const) : (0 as const), y: positive ? (0 as const) : (1 as const) } };
});
const small = { buckets: 512, dim: 8, hidden: 8, epochs: 30, learningRate: 0.1 } as const;

describe('bag network', () => {
  it('hashes a feature to the same bucket every time, and a message to its distinct buckets', () => {
    expect(hashFeature('w:pills')).toBe(hashFeature('w:pills'));
    expect(hashFeature('w:pills')).not.toBe(hashFeature('w:pill'));
    expect(bucketsOf(['a', 'a', 'b'], 1024).length).toBeLessThanOrEqual(2);
  });

  it('is deterministic, bit for bit', () => {
    expect(serializeBag(trainBag(examples, ['x', 'y'], small), {})).toEqual(serializeBag(trainBag(examples, ['x', 'y'], small), {}));
  });

  it('learns each head from its own features', () => {
    const net = trainBag(examples, ['x', 'y'], small);
    const yes = scoreBag(net, ['yes2', 'noise3']);
    const no = scoreBag(net, ['no2', 'noise3']);
    expect(yes.x).toBeGreaterThan(0.7);
    expect(no.x).toBeLessThan(0.3);
    expect(no.y).toBeGreaterThan(0.7);
  });

  it('reads context features apart: a label that depends on the earlier message is learned', () => {
    const withContext = Array.from({ length: 120 }, (_, i) => {
      const risky = i % 2 === 0;
      return { features: ['w:ready', `w:filler${i % 9}`, risky ? 'rw:gave' : 'rw:lunch', `rw:other${i % 4}`], labels: { x: risky ? (1 as const) : (0 as const) } };
    });
    const net = trainBag(withContext, ['x'], { ...small, contextPrefix: 'r' });
    expect(scoreBag(net, ['w:ready', 'rw:gave']).x).toBeGreaterThan(0.7);
    expect(scoreBag(net, ['w:ready', 'rw:lunch']).x).toBeLessThan(0.3);
  });

  it('scores the same after storing (8-bit vectors) as before, within rounding', () => {
    const net = trainBag(examples, ['x', 'y'], small);
    const stored = BagModel.parse(JSON.parse(JSON.stringify(serializeBag(net, { x: 0.5 }))));
    const back = scoringBag(stored);
    for (const f of [['yes1'], ['no3', 'noise1'], ['unseen']]) expect(Math.abs((scoreBag(back, f).x ?? 0) - (scoreBag(net, f).x ?? 0))).toBeLessThan(0.03);
    expect(stored.thresholds).toEqual({ x: 0.5 });
  });
});
