/** How often, in sessions of one group, the close suggests real people: the first session, then every third. */
export const NUDGE_EVERY = 3;

/**
 * Whether this session's close suggests human support. "Now and then" rather than every time, so it
 * stays a gentle pointer instead of a banner people learn to ignore. `earlierCheckIns` counts this
 * group's check-ins before this one.
 */
export const suggestsRealPeople = (earlierCheckIns: number): boolean => earlierCheckIns % NUDGE_EVERY === 0;
