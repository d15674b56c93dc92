/** Where a quick exit came from: Hearth's button or keys, or main's system-wide shortcut. */
export type QuickExitSource = 'in-app' | 'system-shortcut';

type Listener = (source: QuickExitSource) => void;
const listeners = new Set<Listener>();

/**
 * The renderer's quick-exit signal. Anything that holds something on screen or in flight subscribes
 * and drops it at once: the lock and incognito (features/privacy), a running group session (its
 * stop()), streams in progress. Listeners must not throw; one that does is skipped, not fatal.
 */
export const quickExitSignal = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  fire(source: QuickExitSource): void {
    for (const listener of [...listeners]) {
      try {
        listener(source);
      } catch {
        // One listener failing must not keep the others from hiding what they hold.
      }
    }
  },
  get listeners(): number {
    return listeners.size;
  },
};
