// The model runtime end to end: renderer client → contract → handler host → runtime → ollama
// client → HTTP → the fake Ollama server. One test per status and per typed failure.
import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startFakeOllama, type FakeOllama, type FakeOllamaOptions } from '@tests/fake-ollama';
import { createHearthApi, hearthContract, type ChatRequest, type PullProgress } from '@shared/contract';
import { createHandlers } from '../handlers/createHandlers';
import { createHandlerHost } from '../ipc/handlerHost';
import { createLoopbackTransport } from '../ipc/loopbackTransport';
import { createRuntime, type RuntimeOptions } from './createRuntime';
import { memorySettingsStorage } from './hostSetting';
import type { ServerProcess } from './supervisor';

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function fake(options: FakeOllamaOptions = {}): Promise<FakeOllama> {
  const server = await startFakeOllama(options);
  cleanups.push(() => server.close().catch(() => undefined));
  return server;
}

/** A port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

const GiB = 1024 ** 3;

function app(host: string, options: RuntimeOptions = {}) {
  const runtime = createRuntime({
    settings: memorySettingsStorage({ host }),
    findBinary: async () => null,
    machine: async () => ({ totalMemoryBytes: 16 * GiB, freeDiskBytes: 200 * GiB }),
    pullProgressIntervalMs: 0,
    ...options,
  });
  const opened: string[] = [];
  const handlers = createHandlers({
    app: { name: 'Hearth', version: '0.1.0', platform: 'linux', locale: 'en-US', testBench: true },
    shell: { allowedDomains: [], open: async () => undefined },
    ollama: { runtime, openExternal: async (url) => void opened.push(url) },
  });
  const host2 = createHandlerHost({ contract: hearthContract, handlers, isTrustedSender: () => true });
  cleanups.push(() => runtime.supervisor.stop());
  return { api: createHearthApi(createLoopbackTransport(host2, 'app://hearth/')), runtime, opened, handlerHost: host2 };
}

const chatRequest = (overrides: Partial<ChatRequest> = {}): ChatRequest => ({
  model: 'llama3.2:3b',
  messages: [{ role: 'user', content: 'Hello group' }],
  options: { numCtx: 8192, temperature: 0.7 },
  ...overrides,
});

function collect(api: ReturnType<typeof app>['api'], request: ChatRequest) {
  const tokens: string[] = [];
  const handle = api.llm.chat(request, (e) => tokens.push(e.text));
  return { tokens, handle };
}

describe('runtime status', () => {
  it('running: reports the version and the installed models, and picks the installed model', async () => {
    const f = await fake({ version: '0.12.3' });
    const { api } = app(f.url);
    const status = await api.ollama.status({});
    expect(status).toMatchObject({ ok: true, value: { state: 'running', version: '0.12.3', hostIsLocal: true, startedByHearth: false, activeModel: 'llama3.2:3b' } });
    if (status.ok) expect(status.value.models.map((m) => m.name)).toEqual(['llama3.2:3b']);
  });

  it('too-old: a server older than the minimum is named with both versions', async () => {
    const f = await fake({ version: '0.3.14' });
    const { api } = app(f.url);
    await expect(api.ollama.status({})).resolves.toMatchObject({ ok: true, value: { state: 'too-old', version: '0.3.14', minimumVersion: '0.5.0' } });
  });

  it('not-installed: nothing answers and no binary is found', async () => {
    const { api } = app(`http://127.0.0.1:${await closedPort()}`);
    await expect(api.ollama.status({})).resolves.toMatchObject({ ok: true, value: { state: 'not-installed', version: null } });
    const start = await api.ollama.start({});
    expect(start).toMatchObject({ ok: false, error: { code: 'ollama-not-installed' } });
  });

  it('stopped → starting → running: starts `ollama serve` with OLLAMA_HOST, and stops only the server it started', async () => {
    const port = await closedPort();
    const spawned: Array<{ binary: string; args: readonly string[]; ollamaHost: string | undefined }> = [];
    let started: FakeOllama | undefined;
    // Plays `ollama serve`: after a short boot it listens where OLLAMA_HOST says; kill stops it.
    const spawn = (binary: string, args: readonly string[], env: Readonly<Record<string, string | undefined>>): ServerProcess => {
      spawned.push({ binary, args, ollamaHost: env['OLLAMA_HOST'] });
      const child = Object.assign(new EventEmitter(), { exitCode: null as number | null });
      const boot = new Promise((r) => setTimeout(r, 300)).then(async () => {
        started = await fake({ port: Number(env['OLLAMA_HOST']?.split(':')[1]) });
      });
      return Object.assign(child, {
        kill: () => {
          void boot.then(() => started?.close()).then(() => {
            child.exitCode = 0;
            child.emit('exit', 0);
          });
          return true;
        },
      }) as unknown as ServerProcess;
    };
    const ownPort = await closedPort();
    const { api, runtime } = app(`http://127.0.0.1:${port}`, { findBinary: async () => '/usr/local/bin/ollama', spawn, freePort: async () => ownPort });
    await expect(api.ollama.status({})).resolves.toMatchObject({ ok: true, value: { state: 'stopped' } });

    const starting = api.ollama.start({});
    await new Promise((r) => setTimeout(r, 50));
    await expect(api.ollama.status({})).resolves.toMatchObject({ ok: true, value: { state: 'starting' } });
    // Its own server listens on a port picked at random, not the configured well-known one.
    await expect(starting).resolves.toMatchObject({ ok: true, value: { state: 'running', startedByHearth: true, host: `http://127.0.0.1:${ownPort}` } });
    expect(spawned).toEqual([{ binary: '/usr/local/bin/ollama', args: ['serve'], ollamaHost: `127.0.0.1:${ownPort}` }]);
    await expect(api.ollama.status({})).resolves.toMatchObject({ ok: true, value: { state: 'running', startedByHearth: true, host: `http://127.0.0.1:${ownPort}` } });

    await runtime.supervisor.stop();
    await expect(api.ollama.status({})).resolves.toMatchObject({ ok: true, value: { state: 'stopped' } });
  });

  it('does not stop a server it did not start', async () => {
    const f = await fake();
    const { api, runtime } = app(f.url);
    await runtime.supervisor.stop();
    await expect(api.ollama.status({})).resolves.toMatchObject({ ok: true, value: { state: 'running', startedByHearth: false } });
  });

  it('unreachable: something that is not Ollama answers at the address', async () => {
    const other: Server = createServer((_q, s) => s.writeHead(404).end('not here'));
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise((r) => other.close(r)));
    const { api } = app(`http://127.0.0.1:${(other.address() as AddressInfo).port}`);
    await expect(api.ollama.status({})).resolves.toMatchObject({ ok: true, value: { state: 'unreachable' } });
  });

  it('opens only the fixed Ollama download page', async () => {
    const { api, opened } = app(`http://127.0.0.1:${await closedPort()}`);
    await expect(api.ollama.openDownloadPage({})).resolves.toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual(['https://ollama.com/download']);
  });
});

describe('host setting', () => {
  it('bad-host for an address that does not parse; not-allowed for a remote host without the warning', async () => {
    const f = await fake();
    const { api } = app(f.url);
    await expect(api.ollama.setHost({ host: 'http://exa mple:11434', acknowledgeRemote: false })).resolves.toMatchObject({ ok: false, error: { code: 'bad-host' } });
    await expect(api.ollama.setHost({ host: 'ftp://box.local', acknowledgeRemote: true })).resolves.toMatchObject({ ok: false, error: { code: 'bad-host' } });
    await expect(api.ollama.setHost({ host: '192.168.1.20:11434', acknowledgeRemote: false })).resolves.toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    await expect(api.ollama.setHost({ host: f.host, acknowledgeRemote: false })).resolves.toMatchObject({ ok: true, value: { state: 'running', host: f.url } });
  });

  it('a remote host must use https and be confirmed in main\'s own dialog; once confirmed it is reported as not local', async () => {
    const asked: string[] = [];
    let answer = false;
    const { api } = app(`http://127.0.0.1:${await closedPort()}`, { confirmRemoteHost: async (url) => (asked.push(url), answer) });
    await expect(api.ollama.setHost({ host: 'http://192.0.2.1:11434', acknowledgeRemote: true })).resolves.toMatchObject({ ok: false, error: { code: 'bad-host' } });
    expect(asked).toEqual([]);
    await expect(api.ollama.setHost({ host: 'https://192.0.2.1:11434', acknowledgeRemote: true })).resolves.toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    answer = true;
    const result = await api.ollama.setHost({ host: 'https://192.0.2.1:11434', acknowledgeRemote: true });
    expect(result).toMatchObject({ ok: true, value: { state: 'unreachable', hostIsLocal: false, host: 'https://192.0.2.1:11434' } });
    expect(asked).toEqual(['https://192.0.2.1:11434', 'https://192.0.2.1:11434']);
  });

  it('without a dialog (no window), a remote host is refused', async () => {
    const { api } = app(`http://127.0.0.1:${await closedPort()}`);
    await expect(api.ollama.setHost({ host: 'https://192.0.2.1:11434', acknowledgeRemote: true })).resolves.toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });

  it('bad-host when the name does not resolve', async () => {
    const { api } = app('http://no-such-host.invalid:11434');
    const { handle } = collect(api, chatRequest());
    await expect(handle.done).resolves.toMatchObject({ ok: false, error: { code: 'bad-host' } });
  });
});

describe('models', () => {
  it('recommends by memory and disk with fit ratings, sizes and the installed flag', async () => {
    const f = await fake();
    const { api } = app(f.url, { machine: async () => ({ totalMemoryBytes: 8 * GiB, freeDiskBytes: 6 * GiB }) });
    const result = await api.ollama.recommend({});
    if (!result.ok) throw new Error(result.error.code);
    const byName = new Map(result.value.options.map((o) => [o.name, o]));
    expect(result.value.options[0]).toMatchObject({ name: 'llama3.2:3b', recommended: true, fit: 'fits-well', installed: true, downloadBytes: 2e9 });
    expect(byName.get('llama3.1:8b')).toMatchObject({ fit: 'tight', limitedBy: 'memory' });
    expect(byName.get('gemma3:12b')).toMatchObject({ fit: 'wont-fit', limitedBy: 'disk' });
  });

  it('reads context length and capabilities', async () => {
    const f = await fake({ models: [{ name: 'gemma3:4b', family: 'gemma3', contextLength: 131_072, capabilities: ['completion', 'vision'] }] });
    const { api } = app(f.url);
    await expect(api.ollama.show({ name: 'gemma3:4b' })).resolves.toEqual({
      ok: true,
      value: { name: 'gemma3:4b', contextLength: 131_072, capabilities: ['completion', 'vision'] },
    });
    await expect(api.ollama.show({ name: 'nope:1b' })).resolves.toMatchObject({ ok: false, error: { code: 'model-missing' } });
  });

  it('pulls with progress (bytes, percent, speed, time left), then the model is installed and chosen', async () => {
    const f = await fake({ models: [], speed: { pullBytesPerSec: 4e9 } });
    const { api } = app(f.url);
    const events: PullProgress[] = [];
    const result = await api.ollama.pull({ name: 'llama3.2:3b' }, (e) => events.push(e)).done;
    expect(result).toEqual({ ok: true, value: { name: 'llama3.2:3b' } });
    const downloading = events.filter((e) => e.phase === 'downloading');
    expect(downloading.length).toBeGreaterThan(3);
    expect(downloading.at(-1)?.totalBytes).toBeGreaterThan(2e9);
    const percents = downloading.map((e) => e.percent);
    expect([...percents].sort((a, b) => a - b)).toEqual(percents);
    expect(downloading.some((e) => e.bytesPerSecond > 0 && e.secondsLeft !== null)).toBe(true);
    expect(events.at(-1)).toMatchObject({ percent: 100, phase: 'finishing' });
    await expect(api.ollama.status({})).resolves.toMatchObject({ ok: true, value: { activeModel: 'llama3.2:3b' } });
  });

  it('a cancelled pull keeps its bytes and the next pull resumes from them', async () => {
    const f = await fake({ models: [], speed: { pullBytesPerSec: 2e9 } });
    const { api } = app(f.url);
    const first: PullProgress[] = [];
    const handle = api.ollama.pull({ name: 'llama3.2:3b' }, (e) => first.push(e));
    await expect.poll(() => first.filter((e) => e.completedBytes > 2e8).length, { timeout: 5000 }).toBeGreaterThan(0);
    await handle.cancel();
    await expect(handle.done).resolves.toMatchObject({ ok: false, error: { code: 'cancelled' } });
    const kept = first.at(-1)?.completedBytes ?? 0;
    await expect(api.ollama.status({})).resolves.toMatchObject({ ok: true, value: { models: [] } });

    const second: PullProgress[] = [];
    await expect(api.ollama.pull({ name: 'llama3.2:3b' }, (e) => second.push(e)).done).resolves.toMatchObject({ ok: true });
    const resumedAt = second.find((e) => e.phase === 'downloading')?.completedBytes ?? 0;
    expect(resumedAt).toBeGreaterThanOrEqual(kept * 0.9);
  });

  it('model-missing when the library has no such model; disk-full when the disk fills during a pull', async () => {
    const f = await fake({ models: [] });
    const { api } = app(f.url);
    await expect(api.ollama.pull({ name: 'llama3.2:1b' }, () => {}).done).resolves.toMatchObject({ ok: false, error: { code: 'model-missing' } });
    // Names outside Hearth's catalogue are never downloaded, whatever the server offers.
    await expect(api.ollama.pull({ name: 'someone/anything:latest' }, () => {}).done).resolves.toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(f.requests.filter((r) => r.path === '/api/pull')).toHaveLength(1);
    f.inject({ kind: 'pull-error', afterBytes: 1000, message: 'write /models/blobs/sha256-x: no space left on device' });
    await expect(api.ollama.pull({ name: 'llama3.2:3b' }, () => {}).done).resolves.toMatchObject({ ok: false, error: { code: 'disk-full' } });
  });

  it('a pull whose connection drops is connection-lost', async () => {
    const f = await fake({ models: [] });
    const { api } = app(f.url);
    f.inject({ kind: 'pull-error', afterBytes: 1000, drop: true });
    await expect(api.ollama.pull({ name: 'llama3.2:3b' }, () => {}).done).resolves.toMatchObject({ ok: false, error: { code: 'connection-lost' } });
  });

  it('uses and deletes models', async () => {
    const f = await fake({ models: [{ name: 'llama3.2:3b' }, { name: 'gemma3:4b' }] });
    const { api } = app(f.url);
    await expect(api.ollama.use({ name: 'gemma3:4b' })).resolves.toMatchObject({ ok: true, value: { activeModel: 'gemma3:4b' } });
    await expect(api.ollama.use({ name: 'phi4:14b' })).resolves.toMatchObject({ ok: false, error: { code: 'model-missing' } });
    await expect(api.ollama.delete({ name: 'gemma3:4b' })).resolves.toEqual({ ok: true, value: { deleted: true } });
    await expect(api.ollama.status({})).resolves.toMatchObject({ ok: true, value: { activeModel: 'llama3.2:3b', models: [{ name: 'llama3.2:3b' }] } });
    await expect(api.ollama.delete({ name: 'gemma3:4b' })).resolves.toMatchObject({ ok: false, error: { code: 'model-missing' } });
  });
});

describe('chat', () => {
  it('streams tokens then final stats; always sends num_ctx', async () => {
    const f = await fake({ reply: 'I know that feeling well. Mornings are the hardest for me too.' });
    const { api } = app(f.url);
    const { tokens, handle } = collect(api, chatRequest());
    const result = await handle.done;
    if (!result.ok) throw new Error(result.error.code);
    expect(tokens.join('')).toBe('I know that feeling well. Mornings are the hardest for me too.');
    expect(result.value.content).toBe(tokens.join(''));
    expect(result.value.doneReason).toBe('stop');
    expect(result.value.stats.evalCount).toBe(tokens.length);
    expect(result.value.stats.promptEvalCount).toBeGreaterThan(0);
    const body = f.requests.find((r) => r.path === '/api/chat')?.body as { options?: Record<string, unknown> };
    expect(body.options).toEqual({ num_ctx: 8192, temperature: 0.7 });
  });

  it('keeps the prompt cache across calls: same options, shared prefix evaluated once', async () => {
    const f = await fake({ reply: 'Thank you.' });
    const { api } = app(f.url);
    const history = [
      { role: 'system' as const, content: 'You are Maya, a peer in a support group for people living with lupus. '.repeat(20) },
      { role: 'user' as const, content: 'I had a rough week with fatigue.' },
    ];
    await collect(api, chatRequest({ messages: history })).handle.done;
    f.resetStats();
    await collect(api, chatRequest({ messages: [...history, { role: 'assistant', content: 'Thank you.' }, { role: 'user', content: 'Anyone else?' }] })).handle.done;
    const call = f.stats.calls.at(-1);
    expect(call?.cachedTokens).toBeGreaterThan(100);
    const bodies = f.requests.filter((r) => r.path === '/api/chat').map((r) => r.body as { options: unknown; keep_alive: unknown });
    expect(bodies.every((b) => b.keep_alive === '30m')).toBe(true);
  });

  it('passes a JSON schema as format for structured calls', async () => {
    const Plan = z.object({ speakers: z.array(z.string()) });
    const f = await fake({ reply: () => JSON.stringify({ speakers: ['Ana', 'Ben'] }) });
    const { api } = app(f.url);
    const result = await collect(api, chatRequest({ format: z.toJSONSchema(Plan) as Record<string, unknown> })).handle.done;
    if (!result.ok) throw new Error(result.error.code);
    expect(Plan.parse(JSON.parse(result.value.content))).toEqual({ speakers: ['Ana', 'Ben'] });
    const body = f.requests.find((r) => r.path === '/api/chat')?.body as { format?: unknown };
    expect(body.format).toMatchObject({ type: 'object' });
  });

  it('cancels one stream by request id while another finishes', async () => {
    const f = await fake({ reply: Array.from({ length: 80 }, (_, i) => `word${i}`).join(' '), speed: { genTokensPerSec: 200 }, numParallel: 2 });
    const { api, handlerHost } = app(f.url);
    const a = collect(api, chatRequest());
    const b = collect(api, chatRequest({ messages: [{ role: 'user', content: 'Another one' }] }));
    await expect.poll(() => a.tokens.length).toBeGreaterThan(3);
    await a.handle.cancel();
    await expect(a.handle.done).resolves.toMatchObject({ ok: false, error: { code: 'cancelled' } });
    await expect(b.handle.done).resolves.toMatchObject({ ok: true });
    expect(handlerHost.activeStreams()).toBe(0);
  });

  it('connection-lost mid-stream: the tokens already streamed are kept', async () => {
    const f = await fake({ reply: 'one two three four five six seven eight nine ten', speed: { genTokensPerSec: 500 } });
    const { api } = app(f.url);
    f.inject({ kind: 'drop-connection', afterTokens: 4 });
    const { tokens, handle } = collect(api, chatRequest());
    await expect(handle.done).resolves.toMatchObject({ ok: false, error: { code: 'connection-lost' } });
    expect(tokens.length).toBe(4);
    expect(tokens.join('')).toBe('one two three four');
  });

  it('model-error when the model fails mid-stream, with the partial text kept', async () => {
    const f = await fake({ reply: 'one two three four five six', speed: { genTokensPerSec: 500 } });
    const { api } = app(f.url);
    f.inject({ kind: 'mid-stream-error', afterTokens: 2 });
    const { tokens, handle } = collect(api, chatRequest());
    const result = await handle.done;
    expect(result).toMatchObject({ ok: false, error: { code: 'model-error' } });
    expect(JSON.stringify(result)).not.toContain('EOF');
    expect(tokens.join('')).toBe('one two');
  });

  it('out-of-memory when the model does not fit', async () => {
    const f = await fake();
    const { api } = app(f.url);
    f.inject({ kind: 'oom' });
    await expect(collect(api, chatRequest()).handle.done).resolves.toMatchObject({ ok: false, error: { code: 'out-of-memory' } });
  });

  it('model-missing for a model that is not installed', async () => {
    const f = await fake();
    const { api } = app(f.url);
    await expect(collect(api, chatRequest({ model: 'gemma3:12b' })).handle.done).resolves.toMatchObject({ ok: false, error: { code: 'model-missing' } });
  });

  it('timeout when the model takes too long to start answering', async () => {
    const f = await fake();
    const { api } = app(f.url, { chatTimeouts: { firstTokenMs: 300, idleMs: 300 } });
    f.inject({ kind: 'slow-start', ms: 3000 });
    const started = performance.now();
    await expect(collect(api, chatRequest()).handle.done).resolves.toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('retries with backoff when Ollama is busy, then answers', async () => {
    const f = await fake({ reply: 'Here now.' });
    const { api } = app(f.url);
    f.inject({ kind: 'status', route: '/api/chat', status: 503, error: 'server busy, please try again.  maximum pending requests exceeded' });
    const result = await collect(api, chatRequest()).handle.done;
    expect(result).toMatchObject({ ok: true, value: { content: 'Here now.' } });
    expect(f.requests.filter((r) => r.path === '/api/chat').length).toBe(2);
  });

  it('server-not-running when Ollama is installed but stopped; ollama-not-installed when it is not', async () => {
    const port = await closedPort();
    const installed = app(`http://127.0.0.1:${port}`, { findBinary: async () => '/usr/bin/ollama' });
    await expect(collect(installed.api, chatRequest()).handle.done).resolves.toMatchObject({ ok: false, error: { code: 'server-not-running' } });
    const missing = app(`http://127.0.0.1:${port}`);
    await expect(collect(missing.api, chatRequest()).handle.done).resolves.toMatchObject({ ok: false, error: { code: 'ollama-not-installed' } });
  });

  it('never lets the model text or a stack reach an error', async () => {
    const f = await fake();
    const { api } = app(f.url);
    f.inject({ kind: 'mid-stream-error', afterTokens: 0, message: 'secret prompt text leaked' });
    const result = await collect(api, chatRequest()).handle.done;
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toMatch(/secret|at .*\.ts/);
  });
});
