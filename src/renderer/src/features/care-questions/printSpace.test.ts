import { describe, expect, it } from 'vitest';
import { writeLinesFor } from './printSpace';

describe('space to write on the printed list', () => {
  it('shrinks as the list grows and never reaches zero', () => {
    const lines = [0, 1, 4, 5, 8, 9, 12, 13, 40].map(writeLinesFor);
    expect(lines).toEqual([4, 4, 4, 3, 3, 2, 2, 1, 1]);
  });
});
