// Real-time pacing: latency figures from the fake mean something.
import { Ollama } from 'ollama';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from './index';

const MODEL = 'llama3.2:3b';
const HUNDRED = Array.from({ length: 100 }, (_, i) => ` w${i}`).join('');

let fake: FakeOllama | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('fake Ollama pacing', () => {
  it('streams a 100-token reply at 100 tokens/s in about one second, one line per token', async () => {
    fake = await startFakeOllama({ reply: HUNDRED, speed: { genTokensPerSec: 100 } });
    const client = new Ollama({ host: fake.url });
    const started = performance.now();
    const stream = await client.chat({ model: MODEL, messages: [{ role: 'user', content: 'go' }], stream: true });
    const arrivals: number[] = [];
    let final: { eval_count?: number; eval_duration?: number } = {};
    for await (const chunk of stream) {
      if (chunk.done) final = chunk;
      else arrivals.push(performance.now() - started);
    }
    const total = performance.now() - started;
    expect(arrivals).toHaveLength(100);
    expect(total).toBeGreaterThan(950);
    expect(total).toBeLessThan(1400);
    expect(arrivals[0]).toBeLessThan(400); // first token long before the whole reply (~1 s), with room for a busy machine
    expect(arrivals[49]).toBeGreaterThan(450);
    expect(final.eval_count).toBe(100);
    expect((final.eval_count ?? 0) / ((final.eval_duration ?? 1) / 1e9)).toBeGreaterThan(85);
  });

  it('paces stream:false replies too, and charges prompt evaluation and load time', async () => {
    fake = await startFakeOllama({ reply: HUNDRED, speed: { genTokensPerSec: 400, promptTokensPerSec: 1000, loadMs: 200 } });
    const client = new Ollama({ host: fake.url });
    const prompt = 'word '.repeat(300);
    const started = performance.now();
    const res = await client.generate({ model: MODEL, prompt });
    const elapsed = performance.now() - started;
    // ~200 ms load + ~300 prompt tokens at 1000/s + 100 tokens at 400/s = ~750 ms
    expect(elapsed).toBeGreaterThan(700);
    expect(elapsed).toBeLessThan(1100);
    expect(res.load_duration).toBeGreaterThanOrEqual(195e6);
    expect(res.prompt_eval_duration).toBeGreaterThan(280e6);
    expect(res.eval_duration).toBeGreaterThan(230e6);
  });

  it('runs unpaced when speeds are unlimited, and speeds can change at run time', async () => {
    fake = await startFakeOllama({ reply: HUNDRED });
    const client = new Ollama({ host: fake.url });
    let started = performance.now();
    await client.chat({ model: MODEL, messages: [{ role: 'user', content: 'go' }] });
    expect(performance.now() - started).toBeLessThan(200);
    fake.setSpeed({ genTokensPerSec: 500 });
    started = performance.now();
    await client.chat({ model: MODEL, messages: [{ role: 'user', content: 'go' }] });
    expect(performance.now() - started).toBeGreaterThan(190);
  });
});
