// Every error path, as the real client experiences it.
import { Ollama } from 'ollama';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_STREAM_ERROR, startFakeOllama, type FakeOllama } from './index';

const MODEL = 'llama3.2:3b';
const ask = { model: MODEL, messages: [{ role: 'user', content: 'hello' }] };
let fake: FakeOllama;
let client: Ollama;

beforeEach(async () => {
  fake = await startFakeOllama({ reply: 'one two three four five six seven eight' });
  client = new Ollama({ host: fake.url });
});
afterEach(async () => {
  await fake.close();
});

const post = (path: string, body: string, method = 'POST'): Promise<Response> => fetch(`${fake.url}${path}`, { method, body });

async function drain(stream: AsyncIterable<{ message: { content: string } }>): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += chunk.message.content;
  return text;
}

describe('fake Ollama errors: status codes and bodies', () => {
  it('answers 404 with Ollama wording for a missing model on chat, generate, show and delete', async () => {
    await expect(client.chat({ ...ask, model: 'nope' })).rejects.toMatchObject({ name: 'ResponseError', status_code: 404, error: 'model "nope" not found, try pulling it first' });
    await expect(client.generate({ model: 'nope', prompt: 'x' })).rejects.toMatchObject({ status_code: 404, error: 'model "nope" not found, try pulling it first' });
    await expect(client.show({ model: 'nope' })).rejects.toMatchObject({ status_code: 404, error: "model 'nope' not found" });
    await expect(client.delete({ model: 'nope' })).rejects.toMatchObject({ status_code: 404 });
    await expect(client.chat({ ...ask, stream: true })).resolves.toBeDefined();
  });

  it('answers 400 for a missing body, bad JSON, wrong types and a missing model', async () => {
    for (const [body, error] of [
      ['', 'missing request body'],
      ['{not json', "invalid character '{' looking for beginning of value"],
      [JSON.stringify({ messages: [] }), 'model is required'],
    ] as const) {
      const res = await post('/api/chat', body);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(await res.json()).toEqual({ error });
    }
    const wrongType = await post('/api/chat', JSON.stringify({ model: MODEL, messages: 'hi' }));
    expect(wrongType.status).toBe(400);
    expect(((await wrongType.json()) as { error: string }).error).toMatch(/^json: cannot unmarshal/);
    await expect(client.chat({ ...ask, model: '' })).rejects.toMatchObject({ status_code: 400, error: 'model is required' });
    await expect(client.chat({ ...ask, keep_alive: 'soon' })).rejects.toMatchObject({ status_code: 400 });
  });

  it('answers unknown paths with 404 and wrong methods with 405, as gin does', async () => {
    expect((await fetch(`${fake.url}/api/nothing`)).status).toBe(404);
    const wrong = await fetch(`${fake.url}/api/chat`);
    expect(wrong.status).toBe(405);
    expect(await wrong.text()).toBe('405 method not allowed');
  });

  it('injects a model-missing fault once, then recovers', async () => {
    fake.inject({ kind: 'model-missing' });
    await expect(client.chat(ask)).rejects.toMatchObject({ status_code: 404 });
    await expect(client.chat(ask)).resolves.toMatchObject({ done: true });
  });

  it('injects a status fault on any route, sticky until cleared', async () => {
    fake.inject({ kind: 'status', route: '/api/tags', status: 503, error: 'server busy, please try again.  maximum pending requests exceeded', sticky: true });
    await expect(client.list()).rejects.toMatchObject({ status_code: 503 });
    await expect(client.list()).rejects.toMatchObject({ status_code: 503 });
    fake.clearFaults();
    await expect(client.list()).resolves.toHaveProperty('models');
  });
});

describe('fake Ollama errors: during a stream', () => {
  it('sends an {"error"} line mid-stream; the client throws with its message', async () => {
    fake.inject({ kind: 'mid-stream-error', afterTokens: 3 });
    const stream = await client.chat({ ...ask, stream: true });
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const chunk of stream) seen.push(chunk.message.content);
      })(),
    ).rejects.toThrow(DEFAULT_STREAM_ERROR);
    expect(seen).toEqual(['one', ' two', ' three']);
    expect(fake.stats.calls[0]?.outcome).toBe('error');
  });

  it('answers 500 when the error comes before the first token, or with stream:false', async () => {
    fake.inject({ kind: 'mid-stream-error', afterTokens: 0, message: 'llama runner process has terminated: exit status 2' });
    await expect(client.chat({ ...ask, stream: true })).rejects.toMatchObject({ status_code: 500, error: 'llama runner process has terminated: exit status 2' });
    fake.inject({ kind: 'mid-stream-error', afterTokens: 4 });
    await expect(client.chat(ask)).rejects.toMatchObject({ status_code: 500, error: DEFAULT_STREAM_ERROR });
  });

  it('drops the connection mid-stream; the client throws', async () => {
    fake.inject({ kind: 'drop-connection', afterTokens: 2 });
    const stream = await client.chat({ ...ask, stream: true });
    await expect(drain(stream)).rejects.toThrow();
    expect(fake.stats.calls[0]?.outcome).toBe('dropped');
    await expect(client.chat(ask)).resolves.toMatchObject({ done: true });
  });

  it('drops a non-streamed request; the client throws', async () => {
    fake.inject({ kind: 'drop-connection', afterTokens: 0 });
    await expect(client.chat(ask)).rejects.toThrow();
  });

  it('fails the load with the out-of-memory text and status 500, leaving the model unloaded', async () => {
    fake.inject({ kind: 'oom', requiredBytes: 6 * 1024 ** 3, availableBytes: 3.5 * 1024 ** 3 });
    await expect(client.chat(ask)).rejects.toMatchObject({
      status_code: 500,
      error: 'model requires more system memory (6.0 GiB) than is available (3.5 GiB)',
    });
    expect(fake.loadedModels()).toEqual([]);
  });

  it('delays the start with a slow-start fault', async () => {
    fake.inject({ kind: 'slow-start', ms: 300 });
    const started = performance.now();
    const res = await client.chat(ask);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(res.load_duration).toBeGreaterThanOrEqual(290e6);
  });

  it('narrows faults to a route and a model', async () => {
    fake.installModel({ name: 'gemma3:4b', family: 'gemma3' });
    fake.inject({ kind: 'oom', model: 'gemma3:4b', route: 'generate' });
    await expect(client.chat({ ...ask, model: 'gemma3:4b' })).resolves.toMatchObject({ done: true });
    await expect(client.generate({ model: MODEL, prompt: 'x' })).resolves.toMatchObject({ done: true });
    await expect(client.generate({ model: 'gemma3:4b', prompt: 'x' })).rejects.toMatchObject({ status_code: 500 });
  });
});
