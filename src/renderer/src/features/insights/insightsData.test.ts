import { describe, expect, it } from 'vitest';
import type { CheckIn, NextStep } from '@shared/domain';
import { checkInRows, groupAverages, stepCounts } from './insightsData';

const c = (id: string, groupId: string, createdAt: number, s: Partial<CheckIn>): CheckIn => ({ id, groupId, createdAt, ...s });
const checkIns = [c('2', 'b', 20, { emotional: 4 }), c('1', 'a', 10, { emotional: 2, informational: 3, mood: 2 }), c('3', 'a', 30, { emotional: 5 })];

describe('insights data', () => {
  it('rows are oldest first, keep only answered measures, and filter by group', () => {
    expect(checkInRows(checkIns)).toEqual([
      { at: 10, groupId: 'a', scores: { informational: 3, emotional: 2, mood: 2 } },
      { at: 20, groupId: 'b', scores: { emotional: 4 } },
      { at: 30, groupId: 'a', scores: { emotional: 5 } },
    ]);
    expect(checkInRows(checkIns, 'b').map((r) => r.at)).toEqual([20]);
  });

  it('averages per group over answered questions only, busiest group first', () => {
    const groups = [{ id: 'b', title: 'B' }, { id: 'a', title: 'A' }, { id: 'z', title: 'No check-ins' }];
    expect(groupAverages(checkIns, groups)).toEqual([
      { groupId: 'a', title: 'A', count: 2, averages: { emotional: 3.5, informational: 3 } },
      { groupId: 'b', title: 'B', count: 1, averages: { emotional: 4 } },
    ]);
  });

  it('counts steps by status', () => {
    const step = (status: NextStep['status']): NextStep => ({ id: status, groupId: 'a', text: 'x', status, createdAt: 1, updatedAt: 1 });
    expect(stepCounts([step('open'), step('done'), step('done'), step('dropped')])).toEqual({ open: 1, done: 2, dropped: 1 });
  });
});
