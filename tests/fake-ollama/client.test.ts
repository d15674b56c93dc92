// The fake held to the real `ollama` client (node entry point): every route the app uses.
import { Ollama, type ChatResponse } from 'ollama';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_VERSION, startFakeOllama, type FakeOllama } from './index';
import { tokenize } from './tokenizer';

const MODEL = 'llama3.2:3b';
let fake: FakeOllama;
let client: Ollama;

beforeEach(async () => {
  fake = await startFakeOllama({ reply: 'I hear you. That first month is hard.' });
  client = new Ollama({ host: fake.url });
});
afterEach(async () => {
  await fake.close();
});

describe('fake Ollama with the node client: metadata routes', () => {
  it('answers GET /, HEAD / and /api/version', async () => {
    const root = await fetch(`${fake.url}/`);
    expect(await root.text()).toBe('Ollama is running');
    const head = await fetch(`${fake.url}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await client.version()).toEqual({ version: DEFAULT_VERSION });
  });

  it('lists installed models with Ollama details', async () => {
    const { models } = await client.list();
    expect(models).toHaveLength(1);
    const m = models[0];
    expect(m?.name).toBe(MODEL);
    expect(m?.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(m?.details).toMatchObject({ format: 'gguf', family: 'llama', parameter_size: '3.2B', quantization_level: 'Q4_K_M' });
  });

  it('shows model_info with <family>.context_length and capabilities', async () => {
    const show = await client.show({ model: MODEL });
    expect(show.capabilities).toEqual(['completion', 'tools']);
    expect((show.model_info as unknown as Record<string, unknown>)['llama.context_length']).toBe(131_072);
    expect(show.template).toContain('<|assistant|>');
  });

  it('lists loaded models in ps with expires_at, size_vram and context_length', async () => {
    expect((await client.ps()).models).toEqual([]);
    await client.chat({ model: MODEL, messages: [{ role: 'user', content: 'hi' }], keep_alive: '10m', options: { num_ctx: 8192 } });
    const [loaded] = (await client.ps()).models as unknown as Array<Record<string, unknown>>;
    expect(loaded).toMatchObject({ name: MODEL, size_vram: 2_019_393_189, context_length: 8192 });
    const expires = Date.parse(String(loaded?.expires_at)) - Date.now();
    expect(expires).toBeGreaterThan(9 * 60_000);
    expect(expires).toBeLessThanOrEqual(10 * 60_000);
  });
});

describe('fake Ollama with the node client: chat and generate', () => {
  it('streams chat one token per chunk and ends with done_reason and nanosecond metrics', async () => {
    const stream = await client.chat({ model: MODEL, messages: [{ role: 'user', content: 'I was just diagnosed.' }], stream: true });
    const chunks: ChatResponse[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    const final = chunks.at(-1);
    const parts = chunks.slice(0, -1);
    expect(parts.map((c) => c.message.content)).toEqual(tokenize('I hear you. That first month is hard.'));
    expect(parts.every((c) => c.done === false && c.message.role === 'assistant' && c.model === MODEL)).toBe(true);
    expect(new Date(String(parts[0]?.created_at)).getTime()).not.toBeNaN();
    expect(final).toMatchObject({ done: true, done_reason: 'stop', message: { role: 'assistant', content: '' }, eval_count: parts.length });
    expect(final?.prompt_eval_count).toBe(fake.stats.calls[0]?.promptTokens);
    for (const key of ['total_duration', 'load_duration', 'prompt_eval_duration', 'eval_duration'] as const) expect(final?.[key]).toBeGreaterThan(0);
    expect(final?.total_duration).toBeGreaterThanOrEqual(final?.eval_duration ?? 0);
  });

  it('returns one JSON object with stream:false', async () => {
    const res = await client.chat({ model: MODEL, messages: [{ role: 'user', content: 'hello' }] });
    expect(res).toMatchObject({ done: true, done_reason: 'stop', message: { role: 'assistant', content: 'I hear you. That first month is hard.' } });
    expect(fake.requests.at(-1)?.body).toMatchObject({ stream: false });
  });

  it('treats a missing stream flag as streaming (raw HTTP)', async () => {
    const res = await fetch(`${fake.url}/api/chat`, { method: 'POST', body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: 'x' }] }) });
    expect(res.headers.get('content-type')).toBe('application/x-ndjson');
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { done: boolean });
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.at(-1)?.done).toBe(true);
  });

  it('streams generate with response chunks and a context that continues the conversation', async () => {
    fake.setReply(['First answer.', 'Second answer.']);
    const first = await client.generate({ model: MODEL, prompt: 'One', stream: true });
    let text = '';
    let context: number[] = [];
    for await (const chunk of first) {
      text += chunk.response;
      if (chunk.done) context = chunk.context;
    }
    expect(text).toBe('First answer.');
    expect(context.length).toBeGreaterThan(0);
    const second = await client.generate({ model: MODEL, prompt: 'Two', context });
    expect(second.response).toBe('Second answer.');
    // The context replays the first exchange, so the prompt cache serves it.
    expect(fake.stats.calls[1]?.cachedTokens).toBe(context.length);
  });

  it('lets a script function see the rendered prompt and messages', async () => {
    fake.setReply((req) => `${req.route}:${req.messages.map((m) => m.role).join(',')}:${req.index}`);
    const res = await client.chat({
      model: MODEL,
      messages: [
        { role: 'system', content: 'You are Maya, an AI peer.' },
        { role: 'user', content: 'hi' },
      ],
    });
    expect(res.message.content).toBe('chat:system,user:0');
  });

  it('produces JSON under format "json" and a schema', async () => {
    const Plan = z.object({ speakers: z.array(z.string()), reason: z.string() });
    fake.setReply((req) => (req.format ? JSON.stringify({ speakers: ['Maya'], reason: 'closest' }) : 'prose'));
    const res = await client.chat({ model: MODEL, messages: [{ role: 'user', content: 'plan' }], format: z.toJSONSchema(Plan) });
    expect(Plan.parse(JSON.parse(res.message.content))).toEqual({ speakers: ['Maya'], reason: 'closest' });
    fake.setReply('not JSON at all');
    const constrained = await client.chat({ model: MODEL, messages: [{ role: 'user', content: 'plan' }], format: z.toJSONSchema(Plan) });
    expect(JSON.parse(constrained.message.content)).toEqual({ speakers: [], reason: '' });
    const json = await client.generate({ model: MODEL, prompt: 'x', format: 'json' });
    expect(json.response).toBe('{}');
  });

  it('truncates at num_predict with done_reason "length" and cuts at stop sequences', async () => {
    fake.setReply('One two three four five. END of the reply.');
    const short = await client.chat({ model: MODEL, messages: [{ role: 'user', content: 'x' }], options: { num_predict: 3 } });
    expect(short.message.content).toBe('One two three');
    expect(short).toMatchObject({ done_reason: 'length', eval_count: 3 });
    const stopped = await client.chat({ model: MODEL, messages: [{ role: 'user', content: 'x' }], options: { stop: [' END'] } });
    expect(stopped.message.content).toBe('One two three four five.');
    expect(stopped.done_reason).toBe('stop');
  });

  it('loads with empty messages and unloads with keep_alive 0', async () => {
    const load = await client.chat({ model: MODEL, messages: [] });
    expect(load).toMatchObject({ done: true, done_reason: 'load' });
    expect(fake.loadedModels()).toEqual([MODEL]);
    const unload = await client.chat({ model: MODEL, messages: [], keep_alive: 0 });
    expect(unload).toMatchObject({ done: true, done_reason: 'unload' });
    expect(fake.loadedModels()).toEqual([]);
    const gen = await client.generate({ model: MODEL, prompt: '' });
    expect(gen).toMatchObject({ done: true, done_reason: 'load', response: '' });
    // Ollama answers these with one JSON object even when streaming was asked for; the client copes.
    const reasons: string[] = [];
    for await (const chunk of await client.chat({ model: MODEL, messages: [], stream: true })) reasons.push(chunk.done_reason);
    expect(reasons).toEqual(['load']);
  });

  it('streams thinking before content when asked and the model can think', async () => {
    fake.installModel({ name: 'qwen3:4b', family: 'qwen3', capabilities: ['completion', 'thinking'] });
    fake.setReply({ text: 'Answer.', thinking: 'Let me think.' });
    const res = await client.chat({ model: 'qwen3:4b', messages: [{ role: 'user', content: 'q' }], think: true });
    expect(res.message).toMatchObject({ content: 'Answer.', thinking: 'Let me think.' });
    await expect(client.chat({ model: MODEL, messages: [{ role: 'user', content: 'q' }], think: true })).rejects.toMatchObject({ status_code: 400 });
  });

  it('aborts one stream with it.abort() while another client keeps streaming', async () => {
    const slow = await startFakeOllama({ reply: 'a b c d e f g h i j k l m n o p', speed: { genTokensPerSec: 100 }, numParallel: 2 });
    const first = new Ollama({ host: slow.url });
    const second = new Ollama({ host: slow.url });
    const one = await first.chat({ model: MODEL, messages: [{ role: 'user', content: '1' }], stream: true });
    const two = await second.chat({ model: MODEL, messages: [{ role: 'user', content: '2' }], stream: true });
    // Settled into a value at once, so the rejection is never unhandled while stream two runs.
    const oneEnded = (async () => {
      for await (const chunk of one) if (chunk.message.content === ' c') one.abort();
    })().then(
      () => 'finished',
      (error: Error) => error.name,
    );
    let text = '';
    for await (const chunk of two) text += chunk.message.content;
    expect(await oneEnded).toBe('AbortError');
    expect(text).toBe('a b c d e f g h i j k l m n o p');
    await slow.close();
  });

  it('refuses tools and thinking for models without those capabilities', async () => {
    fake.installModel({ name: 'plain:1b', capabilities: ['completion'] });
    const tool = { type: 'function', function: { name: 'lookup', description: 'x', parameters: { type: 'object', properties: {} } } };
    await expect(client.chat({ model: 'plain:1b', messages: [{ role: 'user', content: 'q' }], tools: [tool] })).rejects.toMatchObject({
      status_code: 400,
      error: '"plain:1b" does not support tools',
    });
    await expect(client.chat({ model: MODEL, messages: [{ role: 'user', content: 'q' }], tools: [tool] })).resolves.toMatchObject({ done: true });
  });

  it('records requests and per-call stats', async () => {
    await client.chat({ model: MODEL, messages: [{ role: 'user', content: 'hi' }] });
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/chat']);
    expect(fake.requests[0]?.headers['user-agent']).toMatch(/^ollama-js\//);
    expect(fake.stats.calls[0]).toMatchObject({ route: 'chat', model: MODEL, stream: false, loaded: true, outcome: 'stop', slot: 0 });
    fake.resetStats();
    expect(fake.requests).toHaveLength(0);
    expect(fake.stats.calls).toHaveLength(0);
  });
});
