/** How to retry: attempts after the first, the first delay, and which errors are worth it. */
export interface RetryPolicy {
  readonly retries: number;
  readonly baseDelayMs: number;
  readonly shouldRetry: (error: unknown) => boolean;
  readonly signal?: AbortSignal;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Waits `ms`, or less if the signal aborts (then it rejects with the abort reason). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Runs `fn`, retrying retryable failures with exponential backoff (base, 2×base, 4×base…). */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, policy: RetryPolicy): Promise<T> {
  const wait = policy.sleep ?? sleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= policy.retries || policy.signal?.aborted || !policy.shouldRetry(error)) throw error;
      await wait(policy.baseDelayMs * 2 ** attempt, policy.signal);
    }
  }
}
