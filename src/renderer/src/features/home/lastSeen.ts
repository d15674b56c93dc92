// When the person last opened Home: a bare timestamp, not health information, so it lives in
// localStorage beside the app rather than in the (possibly encrypted) database.
const KEY = 'hearth.home.lastSeenAt';

/** The last time Home was shown; 0 when never. */
export function readLastSeen(storage: Pick<Storage, 'getItem'> = localStorage): number {
  const value = Number(storage.getItem(KEY));
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** Remembers that Home was shown at `at`. */
export function writeLastSeen(at: number, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(KEY, String(at));
}
