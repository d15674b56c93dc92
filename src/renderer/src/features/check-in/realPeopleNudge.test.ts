import { describe, expect, it } from 'vitest';
import { suggestsRealPeople } from './realPeopleNudge';

describe('real-people suggestion at a session close', () => {
  it('comes at the first close and then every third, not every time', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(suggestsRealPeople)).toEqual([true, false, false, true, false, false, true]);
  });
});
