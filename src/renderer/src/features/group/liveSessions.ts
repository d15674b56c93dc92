import { create } from 'zustand';
import type { GroupSession } from '@shared/group/session/groupSession';

interface LiveSessions {
  /** The open group's session, by group id (one group screen at a time, plus an incognito one). */
  readonly byGroup: Readonly<Record<string, GroupSession>>;
  /** Asked while no session was live (the panel outlived its screen): done when the group opens. */
  readonly pending: Readonly<Record<string, 'resume' | 'misread'>>;
  add(groupId: string, session: GroupSession): void;
  remove(groupId: string, session: GroupSession): void;
}

/** The sessions the screens have open, so the crisis panel reaches the live one, never a stale one. */
export const useLiveSessions = create<LiveSessions>((set, get) => ({
  byGroup: {},
  pending: {},
  add: (groupId, session) => {
    const action = get().pending[groupId];
    const { [groupId]: _done, ...pending } = get().pending;
    set({ byGroup: { ...get().byGroup, [groupId]: session }, pending });
    if (action === 'resume') void session.resume();
    if (action === 'misread') void session.misread();
  },
  remove: (groupId, session) => {
    if (get().byGroup[groupId] !== session) return;
    const { [groupId]: _gone, ...rest } = get().byGroup;
    set({ byGroup: rest });
  },
}));

function act(groupId: string, action: 'resume' | 'misread'): void {
  const session = useLiveSessions.getState().byGroup[groupId];
  if (session) void (action === 'resume' ? session.resume() : session.misread());
  else useLiveSessions.setState((s) => ({ pending: { ...s.pending, [groupId]: action } }));
}

/** "Return to the group": the one resume function (GroupSession.resume) of the group's live session. */
export const returnToGroup = (groupId: string): void => act(groupId, 'resume');

/** "That's not what I meant", confirmed: the live session takes it back. */
export const misreadInGroup = (groupId: string): void => act(groupId, 'misread');
