import { describe, expect, it } from 'vitest';
import { longestCommonPrefix, SlotPool } from './promptCache';

const toks = (s: string): string[] => s.split(' ');

describe('prompt cache slots', () => {
  it('measures the longest common prefix', () => {
    expect(longestCommonPrefix(toks('a b c d'), toks('a b x'))).toBe(2);
    expect(longestCommonPrefix([], toks('a'))).toBe(0);
  });

  it('evaluates only the suffix after the cached prefix, and at least one token', async () => {
    const pool = new SlotPool(1);
    const first = await pool.acquire(toks('sys rules transcript peerA'));
    expect([first.cachedTokens, first.evaluatedTokens]).toEqual([0, 4]);
    first.release(toks('sys rules transcript peerA reply'));
    const second = await pool.acquire(toks('sys rules transcript peerB'));
    expect([second.cachedTokens, second.evaluatedTokens]).toEqual([3, 1]);
    second.release(toks('sys rules transcript peerB'));
    const same = await pool.acquire(toks('sys rules transcript peerB'));
    expect([same.cachedTokens, same.evaluatedTokens]).toEqual([3, 1]);
    same.release([]);
  });

  it('picks the free slot with the longest prefix, else the least recently used', async () => {
    const pool = new SlotPool(2);
    const a = await pool.acquire(toks('a a a'));
    const b = await pool.acquire(toks('b b b'));
    expect([a.slot, b.slot]).toEqual([0, 1]);
    a.release(toks('a a a'));
    b.release(toks('b b b'));
    const again = await pool.acquire(toks('b b b c'));
    expect(again.slot).toBe(1);
    expect(again.cachedTokens).toBe(3);
    const other = await pool.acquire(toks('z'));
    expect(other.slot).toBe(0);
    again.release([]);
    other.release([]);
  });

  it('queues requests in order when every slot is busy, and drops aborted waiters', async () => {
    const pool = new SlotPool(1);
    const holder = await pool.acquire(toks('x'));
    const order: string[] = [];
    const controller = new AbortController();
    const cancelled = pool.acquire(toks('c'), controller.signal).catch(() => order.push('cancelled'));
    const waiting = pool.acquire(toks('w')).then((lease) => {
      order.push('waiter');
      lease.release([]);
    });
    expect(pool.queued).toBe(2);
    controller.abort();
    await cancelled;
    holder.release(toks('x'));
    await waiting;
    expect(order).toEqual(['cancelled', 'waiter']);
  });
});
