import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { HearthFailure, createApi, invoke, stream } from '@shared/contract';
import { createHandlerHost, type HandlersOf } from './handlerHost';
import { createLoopbackTransport } from './loopbackTransport';

const RequestId = z.object({ requestId: z.string() });
const testContract = {
  math: {
    double: invoke({ request: z.object({ n: z.number() }).strict(), result: z.object({ n: z.number() }) }),
    broken: invoke({ request: z.object({}), result: z.object({ n: z.number() }) }),
    refuse: invoke({ request: z.object({}), result: z.object({}) }),
    crash: invoke({ request: z.object({}), result: z.object({}) }),
    count: stream({ request: z.object({ to: z.number().int().max(1000) }), event: z.object({ i: z.number() }), result: z.object({ total: z.number() }) }),
    forever: stream({ request: z.object({}), event: z.object({ i: z.number() }), result: z.object({}) }),
  },
  stream: { cancel: invoke({ request: RequestId, result: z.object({ cancelled: z.boolean() }) }) },
};

const handlers: HandlersOf<typeof testContract> = {
  math: {
    double: ({ n }) => ({ n: n * 2 }),
    broken: () => ({ n: 'not a number' }) as unknown as { n: number },
    refuse: () => {
      throw new HearthFailure('model-missing', 'No model yet.');
    },
    crash: () => {
      throw new Error('secret user text that must not leak');
    },
    count: async ({ to }, { emit }) => {
      for (let i = 1; i <= to; i++) emit({ i });
      return { total: to };
    },
    forever: async (_req, { emit, signal }) => {
      let i = 0;
      while (!signal.aborted) {
        emit({ i: i++ });
        await new Promise((r) => setTimeout(r, 2));
      }
      throw new DOMException('aborted', 'AbortError');
    },
  },
};

const APP = 'app://hearth/index.html';
const setup = (onFailure = vi.fn()) => {
  const host = createHandlerHost({ contract: testContract, handlers, isTrustedSender: (u) => u.startsWith('app://hearth/'), onFailure });
  const api = createApi(testContract, createLoopbackTransport(host, APP));
  return { host, api, onFailure };
};

describe('handler host + typed client', () => {
  it('round-trips a valid request as {ok:true,value}', async () => {
    const { api } = setup();
    await expect(api.math.double({ n: 21 })).resolves.toEqual({ ok: true, value: { n: 42 } });
  });

  it('rejects a malformed payload with invalid-request, naming the field but not its value', async () => {
    const { host } = setup();
    const result = await host.dispatch('math.double', { n: 'SENSITIVE' }, { senderUrl: APP, emit: () => {} });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message).toContain('n');
      expect(result.error.message).not.toContain('SENSITIVE');
    }
    const extra = await host.dispatch('math.double', { n: 1, extra: true }, { senderUrl: APP, emit: () => {} });
    expect(extra.ok).toBe(false);
  });

  it('rejects calls from an unexpected sender', async () => {
    const { host } = setup();
    const result = await host.dispatch('math.double', { n: 1 }, { senderUrl: 'https://evil.example/', emit: () => {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('rejects unknown channels', async () => {
    const { host } = setup();
    const result = await host.dispatch('fs.readFile', {}, { senderUrl: APP, emit: () => {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('turns a HearthFailure into a typed error and a crash into a generic one without its message', async () => {
    const { api, onFailure } = setup();
    await expect(api.math.refuse({})).resolves.toEqual({ ok: false, error: { code: 'model-missing', message: 'No model yet.' } });
    const crashed = await api.math.crash({});
    expect(crashed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(crashed)).not.toContain('secret');
    expect(JSON.stringify(onFailure.mock.calls)).not.toContain('secret');
  });

  it('validates results too: a handler returning the wrong shape is an internal error', async () => {
    const { api } = setup();
    await expect(api.math.broken({})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('streams events in order, all before the final result', async () => {
    const { api } = setup();
    const seen: number[] = [];
    const handle = api.math.count({ to: 50 }, (e) => seen.push(e.i));
    const result = await handle.done;
    expect(result).toEqual({ ok: true, value: { total: 50 } });
    expect(seen).toEqual(Array.from({ length: 50 }, (_, k) => k + 1));
  });

  it('cancels a stream by its request id and reports cancelled', async () => {
    const { api, host } = setup();
    const seen: number[] = [];
    const handle = api.math.forever({}, (e) => seen.push(e.i));
    await vi.waitUntil(() => seen.length >= 3);
    expect(host.activeStreams()).toBe(1);
    await handle.cancel();
    await expect(handle.done).resolves.toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(host.activeStreams()).toBe(0);
  });

  it('keeps two streams apart by request id', async () => {
    const { api } = setup();
    const a: number[] = [];
    const b: number[] = [];
    const [ra, rb] = await Promise.all([api.math.count({ to: 5 }, (e) => a.push(e.i)).done, api.math.count({ to: 3 }, (e) => b.push(e.i)).done]);
    expect(ra).toEqual({ ok: true, value: { total: 5 } });
    expect(rb).toEqual({ ok: true, value: { total: 3 } });
    expect(a).toEqual([1, 2, 3, 4, 5]);
    expect(b).toEqual([1, 2, 3]);
  });

  it('cancelAll stops every running stream', async () => {
    const { api, host } = setup();
    const handle = api.math.forever({}, () => {});
    await vi.waitUntil(() => host.activeStreams() === 1);
    host.cancelAll();
    await expect(handle.done).resolves.toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('the client turns an unreadable answer into invalid-response', async () => {
    const api = createApi(testContract, { invoke: async () => ({ weird: true }), onStreamEvent: () => () => {} });
    await expect(api.math.double({ n: 1 })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-response' } });
  });
});
