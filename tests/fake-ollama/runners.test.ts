import { describe, expect, it } from 'vitest';
import { parseKeepAlive, requestedLoadOptions } from './runners';

describe('keep_alive and load options', () => {
  it('parses seconds, Go durations, zero and negative (forever)', () => {
    expect(parseKeepAlive(undefined, 1234)).toBe(1234);
    expect(parseKeepAlive(30)).toBe(30_000);
    expect(parseKeepAlive('5m')).toBe(300_000);
    expect(parseKeepAlive('1h30m')).toBe(5_400_000);
    expect(parseKeepAlive('0')).toBe(0);
    expect(parseKeepAlive(-1)).toBe(Number.POSITIVE_INFINITY);
    expect(parseKeepAlive('-1m')).toBe(Number.POSITIVE_INFINITY);
    expect(parseKeepAlive('soon')).toBeUndefined();
  });

  it('fills load-time defaults and ignores sampling options', () => {
    const opts = requestedLoadOptions({ num_ctx: 8192, temperature: 0.2 }, 4096);
    expect(opts.num_ctx).toBe(8192);
    expect(opts).not.toHaveProperty('temperature');
    expect(requestedLoadOptions({}, 4096).num_ctx).toBe(4096);
  });
});
