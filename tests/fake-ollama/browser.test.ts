// The fake held to the `ollama/browser` entry point (what the renderer side would use), with aborts.
import { Ollama as BrowserOllama } from 'ollama/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startFakeOllama, type FakeOllama } from './index';

const MODEL = 'llama3.2:3b';
const LONG = Array.from({ length: 60 }, (_, i) => ` t${i}`).join('');
let fake: FakeOllama;

beforeEach(async () => {
  fake = await startFakeOllama({ reply: LONG, speed: { genTokensPerSec: 200 }, numParallel: 2 });
});
afterEach(async () => {
  await fake.close();
});

describe('fake Ollama with the browser client', () => {
  it('lists, shows, streams chat and generate, and returns structured output', async () => {
    const client = new BrowserOllama({ host: fake.url });
    expect((await client.list()).models.map((m) => m.name)).toEqual([MODEL]);
    expect((await client.show({ model: MODEL })).capabilities).toContain('completion');
    let text = '';
    for await (const chunk of await client.chat({ model: MODEL, messages: [{ role: 'user', content: 'hi' }], stream: true })) text += chunk.message.content;
    expect(text).toBe(LONG);
    let generated = '';
    for await (const chunk of await client.generate({ model: MODEL, prompt: 'hi', stream: true })) generated += chunk.response;
    expect(generated).toBe(LONG);
    fake.setReply('{"ok":true}');
    const res = await client.chat({ model: MODEL, messages: [{ role: 'user', content: 'hi' }], format: z.toJSONSchema(z.object({ ok: z.boolean() })) });
    expect(JSON.parse(res.message.content)).toEqual({ ok: true });
  });

  it('aborts one stream while another continues', async () => {
    const a = new BrowserOllama({ host: fake.url });
    const b = new BrowserOllama({ host: fake.url });
    const streamA = await a.chat({ model: MODEL, messages: [{ role: 'user', content: 'A' }], stream: true });
    const streamB = await b.chat({ model: MODEL, messages: [{ role: 'user', content: 'B' }], stream: true });
    const readA = (async () => {
      let n = 0;
      for await (const _chunk of streamA) {
        n += 1;
        if (n === 5) streamA.abort();
      }
    })();
    const readB = (async () => {
      let text = '';
      for await (const chunk of streamB) text += chunk.message.content;
      return text;
    })();
    await expect(readA).rejects.toMatchObject({ name: 'AbortError' });
    await expect(readB).resolves.toBe(LONG);
    await new Promise((r) => setTimeout(r, 50));
    const outcomes = fake.stats.calls.map((c) => c.outcome).sort();
    expect(outcomes).toEqual(['aborted', 'stop']);
    const aborted = fake.stats.calls.find((c) => c.outcome === 'aborted');
    expect(aborted?.evalTokens).toBeLessThan(60);
  });

  it('surfaces mid-stream errors and dropped connections as thrown errors', async () => {
    const client = new BrowserOllama({ host: fake.url });
    fake.inject({ kind: 'mid-stream-error', afterTokens: 2, message: 'boom' });
    const drain = async (): Promise<void> => {
      for await (const _chunk of await client.chat({ model: MODEL, messages: [{ role: 'user', content: 'x' }], stream: true })) {
        // reading until the stream ends or throws
      }
    };
    await expect(drain()).rejects.toThrow('boom');
    fake.inject({ kind: 'drop-connection', afterTokens: 2 });
    await expect(drain()).rejects.toThrow();
  });
});
