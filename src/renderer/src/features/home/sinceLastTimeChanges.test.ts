import { describe, expect, it } from 'vitest';
import type { CheckIn, Group, NextStep } from '@shared/domain';
import { changesSince } from './sinceLastTimeChanges';

const group = (id: string, createdAt: number, updatedAt: number): Group => ({
  id, title: `Group ${id}`, format: 'condition', conditionId: 'lupus', conditionLabel: 'Lupus', seed: 1, topic: 'open', createdAt, updatedAt, unsourced: false,
});
const checkIn = (createdAt: number, scores: Partial<CheckIn>): CheckIn => ({ id: `c${createdAt}`, groupId: 'a', createdAt, ...scores });
const step = (id: string, status: NextStep['status'], createdAt: number, updatedAt = createdAt): NextStep => ({ id, groupId: 'a', text: `step ${id}`, status, createdAt, updatedAt });

describe('what changed since last time', () => {
  it('lists new groups and groups that had a session, not ones untouched', () => {
    const changes = changesSince({ groups: [group('a', 50, 60), group('b', 150, 150), group('c', 50, 120)], checkIns: [], nextSteps: [] }, 100);
    expect(changes).toEqual([
      { kind: 'new-group', groupId: 'b', title: 'Group b' },
      { kind: 'session', groupId: 'c', title: 'Group c' },
    ]);
  });

  it('reports the support function that moved most in the newest check-in', () => {
    const changes = changesSince({ groups: [], nextSteps: [], checkIns: [checkIn(10, { emotional: 2, informational: 3 }), checkIn(200, { emotional: 5, informational: 2 })] }, 100);
    expect(changes).toEqual([{ kind: 'check-in', function: 'emotional', direction: 'up', score: 5 }]);
  });

  it('an old check-in is not news; a first one reads as "same"', () => {
    expect(changesSince({ groups: [], nextSteps: [], checkIns: [checkIn(10, { emotional: 4 })] }, 100)).toEqual([]);
    expect(changesSince({ groups: [], nextSteps: [], checkIns: [checkIn(110, { appraisal: 4 })] }, 100)).toEqual([{ kind: 'check-in', function: 'appraisal', direction: 'same', score: 4 }]);
  });

  it('counts steps done since, and always shows open steps with the newest', () => {
    const steps = [step('1', 'done', 10, 150), step('2', 'open', 20), step('3', 'open', 30), step('4', 'done', 10, 50)];
    expect(changesSince({ groups: [], checkIns: [], nextSteps: steps }, 100)).toEqual([
      { kind: 'steps-done', count: 1 },
      { kind: 'steps-open', count: 2, newest: 'step 3' },
    ]);
  });
});
