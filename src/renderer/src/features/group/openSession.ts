// Opening a group's live session from the screen: the check-in, then the group's shared text into
// the model's prompt cache. Nothing here may reject unseen: a storage failure during the check-in is
// reported like any other failure the person should see.
import type { GroupSession } from '@shared/group/session/groupSession';

/** Opens the session then warms it; a failure calls `onFailure` instead of leaving a rejection unhandled. */
export function openThenWarm(session: Pick<GroupSession, 'open' | 'warm'>, onFailure: () => void): Promise<void> {
  return session
    .open()
    .then(() => session.warm())
    .then(
      () => undefined,
      () => onFailure(),
    );
}
