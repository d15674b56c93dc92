import { beforeEach, describe, expect, it } from 'vitest';
import type { GroupSession } from '@shared/group/session/groupSession';
import { misreadInGroup, returnToGroup, useLiveSessions } from './liveSessions';

/** A session that only records what the panel asked of it. */
function recordingSession(calls: string[]): GroupSession {
  return { resume: async () => void calls.push('resume'), misread: async () => void calls.push('misread') } as unknown as GroupSession;
}

beforeEach(() => useLiveSessions.setState({ byGroup: {}, pending: {} }));

describe('the crisis panel reaches the live session, or the next one', () => {
  it('"Return to the group" with the group open resumes its live session at once', () => {
    const calls: string[] = [];
    useLiveSessions.getState().add('g1', recordingSession(calls));
    returnToGroup('g1');
    expect(calls).toEqual(['resume']);
  });

  it('pressed while the group screen is closed: done once, by the session that opens next, never by a stale one', () => {
    const stale: string[] = [];
    const old = recordingSession(stale);
    useLiveSessions.getState().add('g1', old);
    useLiveSessions.getState().remove('g1', old);
    returnToGroup('g1');
    expect(stale).toEqual([]);

    const calls: string[] = [];
    const next = recordingSession(calls);
    useLiveSessions.getState().add('g1', next);
    expect(calls).toEqual(['resume']);
    useLiveSessions.getState().remove('g1', next);
    useLiveSessions.getState().add('g1', next);
    expect(calls).toEqual(['resume']);
  });

  it('"That\'s not what I meant" while closed is kept for that group only', () => {
    misreadInGroup('g1');
    const other: string[] = [];
    useLiveSessions.getState().add('g2', recordingSession(other));
    expect(other).toEqual([]);
    const calls: string[] = [];
    useLiveSessions.getState().add('g1', recordingSession(calls));
    expect(calls).toEqual(['misread']);
  });
});
