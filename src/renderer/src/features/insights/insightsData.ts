import type { CheckIn, Group, NextStep, SupportFunction } from '@shared/domain';

/** What the charts plot: the four support functions and the optional mood. */
export const MEASURES = ['informational', 'emotional', 'appraisal', 'instrumental', 'mood'] as const;
export type Measure = (typeof MEASURES)[number];

/** One check-in as a row of the chart and its table: when, which group, each answer (or none). */
export interface CheckInRow {
  readonly at: number;
  readonly groupId: string;
  readonly scores: Readonly<Partial<Record<Measure, number>>>;
}

/** Check-ins oldest first, optionally only one group's. */
export function checkInRows(checkIns: readonly CheckIn[], groupId?: string): CheckInRow[] {
  return checkIns
    .filter((c) => !groupId || c.groupId === groupId)
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((c) => {
      const scores: Partial<Record<Measure, number>> = {};
      for (const m of MEASURES) if (c[m] !== undefined) scores[m] = c[m];
      return { at: c.createdAt, groupId: c.groupId, scores };
    });
}

/** A group's check-in averages per support function (one decimal), with how many check-ins they rest on. */
export interface GroupAverages {
  readonly groupId: string;
  readonly title: string;
  readonly count: number;
  readonly averages: Readonly<Partial<Record<SupportFunction, number>>>;
}

const FUNCTIONS: readonly SupportFunction[] = ['informational', 'emotional', 'appraisal', 'instrumental'];
const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Averages per group, groups with the most check-ins first; groups since deleted are left out. */
export function groupAverages(checkIns: readonly CheckIn[], groups: readonly Pick<Group, 'id' | 'title'>[]): GroupAverages[] {
  return groups
    .map((g) => {
      const mine = checkIns.filter((c) => c.groupId === g.id);
      const averages: Partial<Record<SupportFunction, number>> = {};
      for (const fn of FUNCTIONS) {
        const values = mine.map((c) => c[fn]).filter((v): v is number => v !== undefined);
        if (values.length) averages[fn] = round1(values.reduce((s, v) => s + v, 0) / values.length);
      }
      return { groupId: g.id, title: g.title, count: mine.length, averages };
    })
    .filter((g) => g.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** How the person's next steps stand. */
export function stepCounts(steps: readonly NextStep[]): { open: number; done: number; dropped: number } {
  return {
    open: steps.filter((s) => s.status === 'open').length,
    done: steps.filter((s) => s.status === 'done').length,
    dropped: steps.filter((s) => s.status === 'dropped').length,
  };
}
