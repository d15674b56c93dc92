import type { PullProgress } from '@shared/contract';

/** One line of Ollama's `/api/pull` stream. */
export interface PullLine {
  readonly status: string;
  readonly digest?: string;
  readonly total?: number;
  readonly completed?: number;
}

/** How far back the speed is averaged: long enough to be steady, short enough to follow changes. */
const SPEED_WINDOW_MS = 3000;

/**
 * Turns Ollama's per-layer pull lines into one whole-download progress: bytes over all layers,
 * percent, a smoothed speed and the time left. A resumed pull starts with bytes already done;
 * the speed only counts bytes that arrive now.
 */
export class PullProgressTracker {
  private readonly layers = new Map<string, { total: number; completed: number }>();
  private samples: Array<{ at: number; bytes: number }> = [];
  /** Bytes seen arriving during this pull; a layer's first report (already on disk) is not counted. */
  private arrived = 0;
  private speed = 0;
  private phase: PullProgress['phase'] = 'preparing';

  update(line: PullLine, now: number): PullProgress {
    this.phase = phaseOf(line, this.phase);
    if (line.digest && typeof line.total === 'number') {
      const completedNow = Math.min(line.completed ?? 0, line.total);
      const before = this.layers.get(line.digest);
      if (before) this.arrived += Math.max(0, completedNow - before.completed);
      this.layers.set(line.digest, { total: line.total, completed: completedNow });
    }
    const { total, completed } = this.totals();
    this.samples.push({ at: now, bytes: this.arrived });
    this.samples = this.samples.filter((s) => now - s.at <= SPEED_WINDOW_MS);
    const first = this.samples[0];
    if (first && now - first.at >= 200) this.speed = Math.max(0, (this.arrived - first.bytes) / ((now - first.at) / 1000));
    const done = this.phase === 'verifying' || this.phase === 'finishing';
    const percent = done ? 100 : total > 0 ? Math.min(100, (completed / total) * 100) : 0;
    const secondsLeft = done ? 0 : this.speed > 0 && total > 0 ? Math.max(0, (total - completed) / this.speed) : null;
    return {
      phase: this.phase,
      completedBytes: done ? total : completed,
      totalBytes: total,
      percent: Math.round(percent * 10) / 10,
      bytesPerSecond: Math.round(this.speed),
      secondsLeft: secondsLeft === null ? null : Math.ceil(secondsLeft),
    };
  }

  private totals(): { total: number; completed: number } {
    let total = 0;
    let completed = 0;
    for (const layer of this.layers.values()) {
      total += layer.total;
      completed += layer.completed;
    }
    return { total, completed };
  }
}

function phaseOf(line: PullLine, previous: PullProgress['phase']): PullProgress['phase'] {
  const status = line.status.toLowerCase();
  if (status.startsWith('pulling manifest')) return 'preparing';
  if (status.startsWith('pulling') || status.startsWith('downloading')) return 'downloading';
  if (status.startsWith('verifying')) return 'verifying';
  if (status.startsWith('writing') || status.startsWith('removing') || status === 'success') return 'finishing';
  return previous;
}
