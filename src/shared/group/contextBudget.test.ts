import { describe, expect, it } from 'vitest';
import { TokenEstimator, chooseWindow } from './contextBudget';

describe('TokenEstimator', () => {
  it('estimates from characters and calibrates from Ollama’s counts', () => {
    const t = new TokenEstimator(4);
    expect(t.estimate('x'.repeat(400))).toBe(100);
    for (let i = 0; i < 20; i++) t.observe(3000, 1000);
    expect(t.ratio).toBeCloseTo(3, 1);
    t.observe(10, 100);
    expect(t.ratio).toBeCloseTo(3, 1);
  });
});

describe('chooseWindow', () => {
  const tokens = Array.from({ length: 100 }, () => 50);
  it('keeps everything when it fits', () => {
    expect(chooseWindow({ numCtx: 8192, replyTokens: 300, fixedTokens: 1500, messageTokens: tokens.slice(0, 20), currentStart: 0 })).toEqual({ start: 0, needsSummaryUpTo: 0 });
  });
  it('jumps the start forward on overflow, leaving room for future turns', () => {
    const w = chooseWindow({ numCtx: 4096, replyTokens: 300, fixedTokens: 1296, messageTokens: tokens, currentStart: 0 });
    const used = (100 - w.start) * 50;
    expect(used).toBeLessThanOrEqual(2500 * 0.55);
    expect(w.needsSummaryUpTo).toBe(w.start);
  });
  it('keeps the same start on the next turns while they still fit (cache-friendly)', () => {
    const first = chooseWindow({ numCtx: 4096, replyTokens: 300, fixedTokens: 1296, messageTokens: tokens, currentStart: 0 });
    const next = chooseWindow({ numCtx: 4096, replyTokens: 300, fixedTokens: 1296, messageTokens: [...tokens, 50, 50, 50], currentStart: first.start });
    expect(next.start).toBe(first.start);
  });
  it('always keeps at least the latest message', () => {
    const w = chooseWindow({ numCtx: 1000, replyTokens: 300, fixedTokens: 900, messageTokens: [400, 400], currentStart: 0 });
    expect(w.start).toBe(1);
  });
});
