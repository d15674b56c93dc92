import { describe, expect, it } from 'vitest';
import { PullProgressTracker } from './pullProgress';

describe('pull progress', () => {
  it('sums layers, smooths speed and estimates time left', () => {
    const t = new PullProgressTracker();
    expect(t.update({ status: 'pulling manifest' }, 0)).toMatchObject({ phase: 'preparing', percent: 0, secondsLeft: null });
    t.update({ status: 'pulling aaa', digest: 'sha256:a', total: 1000 }, 0);
    t.update({ status: 'pulling bbb', digest: 'sha256:b', total: 1000, completed: 1000 }, 0);
    const p = t.update({ status: 'pulling aaa', digest: 'sha256:a', total: 1000, completed: 500 }, 1000);
    expect(p).toMatchObject({ phase: 'downloading', completedBytes: 1500, totalBytes: 2000, percent: 75, bytesPerSecond: 500, secondsLeft: 1 });
    expect(t.update({ status: 'verifying sha256 digest' }, 1100)).toMatchObject({ phase: 'verifying', percent: 100, secondsLeft: 0 });
    expect(t.update({ status: 'success' }, 1200).phase).toBe('finishing');
  });
  it('counts only new bytes towards speed when a pull resumes', () => {
    const t = new PullProgressTracker();
    t.update({ status: 'pulling aaa', digest: 'sha256:a', total: 10_000, completed: 9000 }, 0);
    const p = t.update({ status: 'pulling aaa', digest: 'sha256:a', total: 10_000, completed: 9500 }, 500);
    expect(p.bytesPerSecond).toBe(1000);
    expect(p.percent).toBe(95);
  });
});
