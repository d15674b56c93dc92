import type { CheckIn, Group, NextStep, SupportFunction } from '@shared/domain';

/** One thing that changed since the person last opened Home, as data the screen words. */
export type Change =
  | { readonly kind: 'new-group'; readonly groupId: string; readonly title: string }
  | { readonly kind: 'session'; readonly groupId: string; readonly title: string }
  | { readonly kind: 'check-in'; readonly function: SupportFunction; readonly direction: 'up' | 'down' | 'same'; readonly score: number }
  | { readonly kind: 'steps-done'; readonly count: number }
  | { readonly kind: 'steps-open'; readonly count: number; readonly newest: string };

export interface SinceInput {
  readonly groups: readonly Group[];
  readonly checkIns: readonly CheckIn[];
  readonly nextSteps: readonly NextStep[];
}

const FUNCTIONS: readonly SupportFunction[] = ['informational', 'emotional', 'appraisal', 'instrumental'];

/**
 * What changed since `since` (the last visit to Home): new groups, groups with a session, the newest
 * check-in compared with the one before it (the function that moved most), steps done, steps still open.
 * Open steps are listed even with nothing new, so the person sees what they meant to do.
 */
export function changesSince(input: SinceInput, since: number): Change[] {
  const changes: Change[] = [];
  for (const g of input.groups) {
    if (g.createdAt > since) changes.push({ kind: 'new-group', groupId: g.id, title: g.title });
    else if (g.updatedAt > since) changes.push({ kind: 'session', groupId: g.id, title: g.title });
  }
  const sorted = [...input.checkIns].sort((a, b) => a.createdAt - b.createdAt);
  const latest = sorted.at(-1);
  if (latest && latest.createdAt > since) {
    const previous = sorted.at(-2);
    let best: { fn: SupportFunction; delta: number; score: number } | null = null;
    for (const fn of FUNCTIONS) {
      const score = latest[fn];
      if (score === undefined) continue;
      const before = previous?.[fn];
      const delta = before === undefined ? 0 : score - before;
      if (!best || Math.abs(delta) > Math.abs(best.delta)) best = { fn, delta, score };
    }
    if (best) changes.push({ kind: 'check-in', function: best.fn, direction: best.delta > 0 ? 'up' : best.delta < 0 ? 'down' : 'same', score: best.score });
  }
  const done = input.nextSteps.filter((s) => s.status === 'done' && s.updatedAt > since).length;
  if (done > 0) changes.push({ kind: 'steps-done', count: done });
  const open = input.nextSteps.filter((s) => s.status === 'open').sort((a, b) => b.createdAt - a.createdAt);
  const newest = open[0];
  if (newest) changes.push({ kind: 'steps-open', count: open.length, newest: newest.text });
  return changes;
}
