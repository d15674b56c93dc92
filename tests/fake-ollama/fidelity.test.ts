// Behaviours of real Ollama that Hearth depends on and an easier fake would hide: thinking by
// default, a full queue, a cancelled request, and models unloaded to make room under a memory limit.
import { Ollama } from 'ollama';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama, type FakeOllamaOptions } from './index';

let fake: FakeOllama | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
const start = async (options: FakeOllamaOptions): Promise<Ollama> => {
  fake = await startFakeOllama(options);
  return new Ollama({ host: fake.url });
};
const ask = (model: string) => ({ model, messages: [{ role: 'user' as const, content: 'hello' }] });
const GB = 1e9;

describe('fake Ollama fidelity', () => {
  it('a thinking model thinks when `think` is unset, not when it is false; /api/show says it can', async () => {
    const client = await start({ models: [{ name: 'qwen3:4b', family: 'qwen3', capabilities: ['completion', 'thinking'] }], reply: { text: 'Hi.', thinking: 'Hmm, a greeting.' } });
    const byDefault = await client.chat(ask('qwen3:4b'));
    expect(byDefault.message).toMatchObject({ content: 'Hi.', thinking: 'Hmm, a greeting.' });
    const off = await client.chat({ ...ask('qwen3:4b'), think: false });
    expect(off.message.thinking).toBeUndefined();
    expect(off.eval_count).toBeLessThan(byDefault.eval_count);
    expect((await client.show({ model: 'qwen3:4b' })).capabilities).toContain('thinking');
  });

  it('thinking counts against num_predict, so a small budget can end before any answer', async () => {
    const client = await start({ models: [{ name: 'qwen3:4b', capabilities: ['completion', 'thinking'] }], reply: { text: 'The answer.', thinking: 'one two three four five six seven eight nine ten' } });
    const cut = await client.chat({ ...ask('qwen3:4b'), options: { num_predict: 5 } });
    expect(cut.done_reason).toBe('length');
    expect(cut.message.content).toBe('');
  });

  it('a cold load takes the model’s size ÷ the disk’s speed; a loaded model costs no load; an empty request only loads', async () => {
    // 0.2 GB at 1 GB/s: 200 ms to read the weights; the smaller model loads in half the time.
    const client = await start({ models: [{ name: 'big:1b', size: 0.2 * GB }, { name: 'small:1b', size: 0.1 * GB }], speed: { diskBytesPerSec: 1 * GB } });
    const loadOnly = await client.chat({ model: 'big:1b', messages: [] });
    expect(loadOnly.done_reason).toBe('load');
    const warm = await client.chat(ask('big:1b'));
    expect(warm.load_duration ?? 0).toBeLessThan(50e6);
    const small = await client.chat(ask('small:1b'));
    expect(small.load_duration).toBeGreaterThanOrEqual(95e6);
    expect(small.load_duration).toBeLessThan(190e6);
    expect(fake!.stats.loads).toBe(2);
  });

  it('answers 503 when more requests wait than OLLAMA_MAX_QUEUE allows', async () => {
    const client = await start({ maxQueue: 2, speed: { genTokensPerSec: 20 }, reply: 'one two three four five six' });
    const results = await Promise.allSettled([1, 2, 3].map(() => client.chat(ask('llama3.2:3b'))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { status_code: 503, error: 'server busy, please try again.  maximum pending requests exceeded' } });
  });

  it('logs 499 for a request the client cancelled while the model was still loading', async () => {
    const client = await start({ speed: { loadMs: 300 } });
    const controller = new AbortController();
    const pending = fetch(`${fake!.url}/api/chat`, { method: 'POST', body: JSON.stringify(ask('llama3.2:3b')), signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toThrow();
    await client.chat(ask('llama3.2:3b')); // the load finishes; the server keeps serving
    await expect.poll(() => fake!.requests.find((r) => r.path === '/api/chat')?.status).toBe(499);
  });

  it('unloads an idle model to make room for another under a memory limit, and refuses one that never fits', async () => {
    const client = await start({
      memoryBytes: 8 * GB,
      models: [
        { name: 'llama3.2:3b', size: 3.4 * GB },
        { name: 'llama-guard3:1b', size: 1.6 * GB },
        { name: 'mistral:7b', size: 5.5 * GB },
        { name: 'huge:70b', size: 40 * GB },
      ],
    });
    await client.chat(ask('llama3.2:3b'));
    await client.chat(ask('llama-guard3:1b'));
    expect(fake!.loadedModels().sort()).toEqual(['llama-guard3:1b', 'llama3.2:3b']);
    await client.chat(ask('mistral:7b'));
    expect(fake!.loadedModels().sort()).toEqual(['llama-guard3:1b', 'mistral:7b']);
    expect(fake!.stats.evictions).toBe(1);
    await expect(client.chat(ask('huge:70b'))).rejects.toMatchObject({ status_code: 500, error: expect.stringMatching(/^model requires more system memory/) });
  });
});
