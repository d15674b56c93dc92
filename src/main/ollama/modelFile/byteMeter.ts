import type { ModelFileProgress } from '@shared/contract';

/** Speed is averaged over this window: steady enough to read, quick enough to follow a slow USB stick. */
const SPEED_WINDOW_MS = 3000;

/**
 * Progress of one pass over a file (hashing, copying): percent, a smoothed speed and the time left,
 * sent at most every `minIntervalMs` (the last report always goes).
 */
export class ByteMeter {
  private samples: Array<{ at: number; bytes: number }> = [];
  private lastSent = -Infinity;
  private completed = 0;

  constructor(
    private readonly phase: ModelFileProgress['phase'],
    private readonly totalBytes: number,
    private readonly emit: (progress: ModelFileProgress) => void,
    private readonly now: () => number = () => performance.now(),
    private readonly minIntervalMs = 100,
  ) {}

  /** Counts bytes done; reports when enough time has passed. */
  add(bytes: number): void {
    this.completed += bytes;
    const at = this.now();
    if (at - this.lastSent >= this.minIntervalMs) this.report(at);
  }

  /** Reports where the pass stands now (call once at the start and once at the end). */
  flush(): void {
    this.report(this.now());
  }

  private report(at: number): void {
    this.samples.push({ at, bytes: this.completed });
    this.samples = this.samples.filter((s) => at - s.at <= SPEED_WINDOW_MS);
    const first = this.samples[0];
    const speed = first && at - first.at >= 200 ? (this.completed - first.bytes) / ((at - first.at) / 1000) : 0;
    const left = Math.max(0, this.totalBytes - this.completed);
    this.lastSent = at;
    this.emit({
      phase: this.phase,
      completedBytes: Math.min(this.completed, this.totalBytes),
      totalBytes: this.totalBytes,
      percent: this.totalBytes > 0 ? Math.min(100, Math.round((this.completed / this.totalBytes) * 1000) / 10) : 100,
      bytesPerSecond: Math.max(0, Math.round(speed)),
      secondsLeft: left === 0 ? 0 : speed > 0 ? Math.ceil(left / speed) : null,
    });
  }
}
