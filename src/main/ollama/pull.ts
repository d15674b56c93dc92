import type { PullProgress } from '@shared/contract';
import { createOllamaClient } from './client';
import { toRuntimeFailure } from './errors';
import { PullProgressTracker } from './pullProgress';

/** One download. Cancel with the signal; pulling the same name again resumes where it stopped. */
export interface PullJob {
  readonly host: string;
  readonly name: string;
  readonly signal: AbortSignal;
  readonly onProgress: (progress: PullProgress) => void;
  /** Progress is sent at most this often (the last line and phase changes always go). */
  readonly minIntervalMs?: number;
  readonly now?: () => number;
}

/** Pulls a model through Ollama, streaming whole-download progress. Throws typed failures. */
export async function pullModel(job: PullJob): Promise<void> {
  const now = job.now ?? (() => performance.now());
  const minInterval = job.minIntervalMs ?? 100;
  const tracker = new PullProgressTracker();
  const client = createOllamaClient(job.host, job.signal);
  let lastSent = -Infinity;
  let lastPhase: PullProgress['phase'] | undefined;
  let pending: PullProgress | undefined;
  try {
    const lines = await client.pull({ model: job.name, stream: true });
    const stop = (): void => lines.abort();
    job.signal.addEventListener('abort', stop, { once: true });
    try {
      for await (const line of lines) {
        const at = now();
        const progress = tracker.update(line, at);
        if (progress.phase !== lastPhase || at - lastSent >= minInterval) {
          job.onProgress(progress);
          lastSent = at;
          lastPhase = progress.phase;
          pending = undefined;
        } else {
          pending = progress;
        }
      }
    } finally {
      job.signal.removeEventListener('abort', stop);
    }
    if (pending) job.onProgress(pending);
  } catch (error) {
    if (job.signal.aborted) throw error;
    throw toRuntimeFailure(error, 'pull');
  }
}
