// Every channel of the real contract, through the real handler host and main handlers (the model
// runtime pointed at the fake Ollama server), gets at least 1,000 random payloads. Each answer must
// be a typed Result; nothing may throw or reject; and main must still answer a valid call after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ErrorCode, hearthContract, listChannels, resultSchema } from '@shared/contract';
import { createHandlers } from '@main/handlers/createHandlers';
import { createHandlerHost, type HandlerHost } from '@main/ipc/handlerHost';
import { createRuntime } from '@main/ollama/createRuntime';
import { memorySettingsStorage } from '@main/ollama/hostSetting';
import { startFakeOllama, type FakeOllama } from '../fake-ollama';
import { randomPayloadFor, randomValue, seeded } from './random';

const PER_CHANNEL = Number(process.env['FUZZ_PER_CHANNEL'] ?? 1000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261121);
const GiB = 1024 ** 3;

let fake: FakeOllama;
let host: HandlerHost;
const failures: string[] = [];

beforeAll(async () => {
  fake = await startFakeOllama({});
  const runtime = createRuntime({
    settings: memorySettingsStorage({ host: fake.url, activeModel: 'llama3.2:3b' }),
    findBinary: async () => null,
    machine: async () => ({ totalMemoryBytes: 16 * GiB, freeDiskBytes: 200 * GiB }),
    pullProgressIntervalMs: 0,
    startTimeoutMs: 200,
  });
  const handlers = createHandlers({
    app: { name: 'Hearth', version: '0.1.0', platform: 'linux', locale: 'en-US', testBench: true },
    shell: { allowedDomains: ['medlineplus.gov'], open: async () => undefined },
    ollama: { runtime, openExternal: async () => undefined },
    // The library download never leaves the machine in tests: a closed local port stands in for MedlinePlus.
    library: { pageUrl: 'http://127.0.0.1:9/xml.html' },
  });
  host = createHandlerHost({ contract: hearthContract, handlers, isTrustedSender: (url) => url === 'app://hearth/', onFailure: (n) => void failures.push(n.code) });
});

afterAll(async () => {
  host?.cancelAll();
  await fake?.close().catch(() => undefined);
});

const shapeKeys = (schema: z.ZodType): string[] => (schema instanceof z.ZodObject ? Object.keys(schema.shape) : []);
const ctx = { senderUrl: 'app://hearth/', emit: () => undefined };
const withTimeout = <T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> =>
  Promise.race([p, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms).unref())]);

describe(`IPC fuzz (seed ${SEED})`, () => {
  it(`answers ${PER_CHANNEL} random payloads per channel with typed results and keeps serving`, async () => {
    const rand = seeded(SEED);
    const channels = listChannels(hearthContract);
    let sent = 0;
    for (const { name, channel } of channels) {
      const keys = shapeKeys(channel.request);
      const channelStarted = performance.now();
      const results: Array<Promise<void>> = [];
      for (let i = 0; i < PER_CHANNEL; i++) {
        const request = randomPayloadFor(rand, keys);
        // Stream channels take {requestId, request}; aim most payloads at that envelope, some not.
        const requestId = `fuzz-${SEED}-${sent}`;
        const payload = channel.kind === 'stream' && rand() < 0.8 ? { requestId, request } : request;
        sent++;
        // A stream that validly starts (watchQuickExit runs until cancelled) is stopped the way the renderer would.
        if (channel.kind === 'stream') setTimeout(() => void host.dispatch('stream.cancel', { requestId }, ctx), 30).unref();
        results.push(
          withTimeout(host.dispatch(name, payload, ctx), 10_000).then((answer) => {
            if (answer === 'timeout') return; // a valid long-running stream; cancelled below
            const typed = resultSchema(channel.result).safeParse(answer);
            expect(typed.success, `${name} answered something untyped`).toBe(true);
            if (typed.success && !typed.data.ok) expect(ErrorCode.options).toContain(typed.data.error.code);
          }),
        );
        // Keep a bounded number in flight so streams that start do not pile up.
        if (results.length >= 50) await Promise.all(results.splice(0));
      }
      await Promise.all(results);
      if (process.env['FUZZ_TRACE']) console.log(name, Math.round(performance.now() - channelStarted), 'ms');
      host.cancelAll();
      // Still serving after each channel's barrage.
      await expect(host.dispatch('app.info', {}, ctx)).resolves.toMatchObject({ ok: true });
    }
    expect(sent).toBeGreaterThanOrEqual(PER_CHANNEL * channels.length);

    // Unknown channels, hostile names and foreign senders are refused with a code, never a throw.
    for (let i = 0; i < PER_CHANNEL; i++) {
      const text = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? 'undefined'));
      const wire = rand() < 0.5 ? text(randomValue(rand)) : `app.${text(randomValue(rand))}`;
      const answer = await host.dispatch(wire, randomValue(rand), rand() < 0.2 ? { ...ctx, senderUrl: 'https://evil.example/' } : ctx);
      expect(answer.ok === false || wire === 'app.info').toBe(true);
    }
    await expect(host.dispatch('app.info', {}, ctx)).resolves.toMatchObject({ ok: true, value: { name: 'Hearth' } });
    expect(failures.every((code) => (ErrorCode.options as readonly string[]).includes(code))).toBe(true);
  }, 180_000);
});
