// Thinking models end to end against the fake Ollama (which, like Ollama, lets a thinking model
// think when `think` is unset): Hearth turns thinking off where it can, never shows reasoning, keeps
// the first-token timer alive while a model reasons, and budgets for a model that always thinks.
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama, type FakeOllamaOptions } from '@tests/fake-ollama';
import type { ChatRequest } from '@shared/contract';
import { createRuntime } from './createRuntime';
import { memorySettingsStorage } from './hostSetting';
import { THINKING_ALLOWANCE_TOKENS } from './thinkingPolicy';

let fake: FakeOllama | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function runtimeWith(options: FakeOllamaOptions, timeouts?: { firstTokenMs: number; idleMs: number }) {
  fake = await startFakeOllama(options);
  return createRuntime({ settings: memorySettingsStorage({ host: fake.url }), findBinary: async () => null, ...(timeouts ? { chatTimeouts: timeouts } : {}) });
}

const request = (model: string, over: Partial<ChatRequest> = {}): ChatRequest => ({
  model,
  messages: [{ role: 'user', content: 'How was your week?' }],
  options: { numCtx: 4096, numPredict: 220 },
  ...over,
});

const sentChats = () => fake!.requests.filter((r) => r.path === '/api/chat').map((r) => r.body as Record<string, unknown>);

const thinker = { name: 'qwen3:4b', family: 'qwen3', capabilities: ['completion', 'thinking'] };
const reply = { text: 'Honestly, a slow week, but I got out for a walk.', thinking: 'The member asks about my week; answer warmly and briefly.' };

describe('thinking models', () => {
  it('turns thinking off for a model that can think, and shows only the answer', async () => {
    const runtime = await runtimeWith({ models: [thinker], reply });
    const tokens: string[] = [];
    const result = await runtime.chat(request('qwen3:4b'), new AbortController().signal, (t) => tokens.push(t));
    expect(sentChats()[0]).toMatchObject({ think: false });
    expect(result).toMatchObject({ content: reply.text, thinkingChars: 0 });
    expect(tokens.join('')).toBe(reply.text);
  });

  it('sends no `think` to a model that cannot think (it would refuse one)', async () => {
    const runtime = await runtimeWith({ models: [{ name: 'llama3.2:3b' }], reply: 'Fine, thanks.' });
    await runtime.chat(request('llama3.2:3b'), new AbortController().signal, () => undefined);
    expect(sentChats()[0]).not.toHaveProperty('think');
  });

  it('keeps reasoning out of the reply, and after seeing a model think anyway gives it room in the budget', async () => {
    const runtime = await runtimeWith({ models: [{ ...thinker, thinksAlways: true }], reply });
    const tokens: string[] = [];
    const first = await runtime.chat(request('qwen3:4b'), new AbortController().signal, (t) => tokens.push(t));
    expect(first.thinkingChars).toBe(reply.thinking.length);
    expect(tokens.join('')).toBe(reply.text);
    await runtime.chat(request('qwen3:4b'), new AbortController().signal, () => undefined);
    expect(sentChats()[1]).toMatchObject({ think: 'low', options: { num_predict: 220 + THINKING_ALLOWANCE_TOKENS } });
  });

  it('counts reasoning as the model having started, so a long think does not time out', async () => {
    const long = { text: 'Done.', thinking: Array.from({ length: 24 }, (_, i) => `step${i}`).join(' ') };
    const runtime = await runtimeWith({ models: [{ ...thinker, thinksAlways: true }], reply: long, speed: { genTokensPerSec: 40 } }, { firstTokenMs: 250, idleMs: 250 });
    const result = await runtime.chat(request('qwen3:4b', { think: true }), new AbortController().signal, () => undefined);
    expect(result.content).toBe('Done.');
    expect(result.thinkingChars).toBeGreaterThan(0);
  });

  it('adds no room for reasoning to a one-token call that only fills the prompt cache', async () => {
    const runtime = await runtimeWith({ models: [{ ...thinker, thinksAlways: true }], reply });
    await runtime.chat(request('qwen3:4b'), new AbortController().signal, () => undefined);
    await runtime.chat(request('qwen3:4b', { options: { numCtx: 4096, numPredict: 1 } }), new AbortController().signal, () => undefined);
    expect(sentChats()[1]).toMatchObject({ options: { num_predict: 1 } });
  });

  it('passes an explicit choice through untouched', async () => {
    const runtime = await runtimeWith({ models: [thinker], reply });
    const result = await runtime.chat(request('qwen3:4b', { think: true }), new AbortController().signal, () => undefined);
    expect(sentChats()[0]).toMatchObject({ think: true });
    expect(result.thinkingChars).toBe(reply.thinking.length);
  });
});
