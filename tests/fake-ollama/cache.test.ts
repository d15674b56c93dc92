// Prompt-cache simulation: shared prefixes are not re-evaluated, load-option changes empty the cache.
import { Ollama, type Message } from 'ollama';
import { afterEach, describe, expect, it } from 'vitest';
import { countTokens, renderChatPrompt, startFakeOllama, type FakeOllama } from './index';

const MODEL = 'llama3.2:3b';
const GROUP = `You are hosting a peer-support group. ${'Everyone here lives with lupus and shares lived experience only. '.repeat(30)}`;
const transcript: Message[] = [
  { role: 'system', content: GROUP },
  { role: 'user', content: 'I was diagnosed last month and I am scared.' },
];
const speaker = (name: string): Message => ({ role: 'user', content: `Now answer as ${name}, an AI peer.` });

let fake: FakeOllama | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('fake Ollama prompt cache', () => {
  it('evaluates only the suffix after a shared prefix, and prompt_eval_duration shows it', async () => {
    fake = await startFakeOllama({ speed: { promptTokensPerSec: 2000 }, reply: 'ok' });
    const client = new Ollama({ host: fake.url });
    const first = await client.chat({ model: MODEL, messages: [...transcript, speaker('Maya')], options: { num_ctx: 8192 } });
    const second = await client.chat({ model: MODEL, messages: [...transcript, speaker('Dev')], options: { num_ctx: 8192 } });
    const [a, b] = fake.stats.calls;
    const expectedPrompt = countTokens(renderChatPrompt([...transcript, speaker('Dev')]));
    expect(second.prompt_eval_count).toBe(expectedPrompt); // whole prompt, cached or not
    expect(a).toMatchObject({ cachedTokens: 0, evaluatedTokens: first.prompt_eval_count });
    expect(b?.cachedTokens).toBeGreaterThan(expectedPrompt - 15);
    expect(b?.evaluatedTokens).toBe(expectedPrompt - (b?.cachedTokens ?? 0));
    expect(first.prompt_eval_duration).toBeGreaterThan((first.prompt_eval_count / 2000) * 0.9e9);
    expect(second.prompt_eval_duration).toBeLessThan(first.prompt_eval_duration / 5);
  });

  it('empties the cache when num_ctx changes (the model reloads)', async () => {
    fake = await startFakeOllama({ speed: { promptTokensPerSec: 5000, loadMs: 50 } });
    const client = new Ollama({ host: fake.url });
    const messages = [...transcript, speaker('Maya')];
    const loaded = await client.chat({ model: MODEL, messages, options: { num_ctx: 4096 } });
    const warm = await client.chat({ model: MODEL, messages, options: { num_ctx: 4096, temperature: 0.2 } });
    const reloaded = await client.chat({ model: MODEL, messages, options: { num_ctx: 8192 } });
    expect(fake.stats.calls.map((c) => [c.loaded, c.cachedTokens > 0])).toEqual([
      [true, false],
      [false, true],
      [true, false],
    ]);
    expect(fake.stats.loads).toBe(2);
    expect(loaded.load_duration).toBeGreaterThanOrEqual(45e6);
    expect(warm.load_duration).toBeLessThan(45e6);
    expect(reloaded.load_duration).toBeGreaterThanOrEqual(45e6);
    expect((await client.ps()).models[0]).toMatchObject({ context_length: 8192 });
  });

  it('loads once for concurrent requests that arrive during the load', async () => {
    fake = await startFakeOllama({ speed: { loadMs: 150 }, reply: 'ok' });
    const client = new Ollama({ host: fake.url });
    const replies = await Promise.all([1, 2, 3].map((n) => client.chat({ model: MODEL, messages: [{ role: 'user', content: `q${n}` }] })));
    expect(fake.stats.loads).toBe(1);
    expect(fake.stats.calls.filter((c) => c.loaded)).toHaveLength(1);
    for (const r of replies) expect(r.load_duration).toBeGreaterThanOrEqual(140e6);
  });

  it('caches the generated reply too, so the next turn reuses it', async () => {
    fake = await startFakeOllama({ reply: 'That sounds really hard. You are not alone here.' });
    const client = new Ollama({ host: fake.url });
    const first = await client.chat({ model: MODEL, messages: transcript });
    await client.chat({ model: MODEL, messages: [...transcript, first.message, { role: 'user', content: 'Thanks.' }] });
    const promptBeforeReply = countTokens(renderChatPrompt(transcript));
    expect(fake.stats.calls[1]?.cachedTokens).toBeGreaterThan(promptBeforeReply + (first.eval_count - 1));
  });

  it('keeps one cache per slot with numParallel and queues beyond it', async () => {
    fake = await startFakeOllama({ numParallel: 2, speed: { genTokensPerSec: 200 }, reply: 'one two three four five six seven eight nine ten' });
    const client = new Ollama({ host: fake.url });
    const a = [{ role: 'user', content: 'conversation A '.repeat(20) }];
    const b = [{ role: 'user', content: 'conversation B '.repeat(20) }];
    await Promise.all([client.chat({ model: MODEL, messages: a }), client.chat({ model: MODEL, messages: b })]);
    await Promise.all([client.chat({ model: MODEL, messages: a }), client.chat({ model: MODEL, messages: b })]);
    const secondRound = fake.stats.calls.slice(2);
    expect(secondRound).toHaveLength(2);
    for (const call of secondRound) expect(call.cachedTokens).toBeGreaterThan(30);
    expect(fake.slotContents(MODEL)).toHaveLength(2);

    const single = await startFakeOllama({ numParallel: 1, speed: { genTokensPerSec: 100 }, reply: 'one two three four five six seven eight nine ten' });
    const c = new Ollama({ host: single.url });
    await Promise.all([c.chat({ model: MODEL, messages: a }), c.chat({ model: MODEL, messages: b })]);
    const queued = Math.max(...single.stats.calls.map((x) => x.queuedMs));
    expect(queued).toBeGreaterThan(80); // the second waited for the first's ~100 ms of generation
    await single.close();
  });

  it('drops the oldest non-system messages when the prompt exceeds num_ctx', async () => {
    fake = await startFakeOllama({ reply: 'ok' });
    const client = new Ollama({ host: fake.url });
    const long: Message[] = [
      { role: 'system', content: 'Group rules.' },
      ...Array.from({ length: 20 }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', content: `message ${i} `.repeat(10) })),
    ];
    const res = await client.chat({ model: MODEL, messages: long, options: { num_ctx: 256 } });
    expect(res.prompt_eval_count).toBeLessThanOrEqual(256);
    fake.setReply((req) => `${req.messages[0]?.content}|${req.messages.at(-1)?.content.trim()}`);
    const seen = await client.chat({ model: MODEL, messages: long, options: { num_ctx: 256 } });
    expect(seen.message.content).toBe('Group rules.|message 19 message 19 message 19 message 19 message 19 message 19 message 19 message 19 message 19 message 19');
  });
});
