import { Ollama } from 'ollama';
import { afterEach, describe, expect, it } from 'vitest';
import { holdMatching, judged, raise, startFakeOllama, type FakeOllama, type JudgeScript } from '.';

const fakes: FakeOllama[] = [];
afterEach(async () => {
  while (fakes.length) await fakes.pop()!.close();
});

const TRIAGE = "CONVERSATION:\nNew member: hello\n\n---\nSAFETY CHECK of the new member's last message (answer in JSON only).";
const REVIEW = "CONVERSATION:\n…\n\n---\nREVIEW of Rosa M.'s draft reply (answer in JSON only):\n1. I hear you.\n2. You should double your dose.";
const schema = { type: 'object', properties: { risk: { type: 'string' } }, required: ['risk'] };

async function start(script: Omit<JudgeScript, 'reply'>) {
  const fake = await startFakeOllama({ reply: judged({ ...script, reply: () => 'A peer reply.' }) });
  fakes.push(fake);
  return { fake, client: new Ollama({ host: fake.url }) };
}

const ask = (client: Ollama, content: string, extra: { format?: object; num_predict?: number } = {}) =>
  client.chat({ model: 'llama3.2:3b', messages: [{ role: 'user', content }], stream: false, ...(extra.format ? { format: extra.format } : {}), options: { num_predict: extra.num_predict ?? 200 } });

describe('the scripted judge', () => {
  it('answers the triage and the review as told, and everything else with the reply', async () => {
    const { client } = await start({ triage: raise('high'), review: holdMatching(/double your dose/) });
    expect(JSON.parse((await ask(client, TRIAGE, { format: schema })).message.content)).toMatchObject({ risk: 'high' });
    expect(JSON.parse((await ask(client, REVIEW, { format: schema })).message.content)).toEqual(['ok', 'advice']);
    expect((await ask(client, 'NOW SPEAKING: Rosa')).message.content).toBe('A peer reply.');
  });

  it('sends JSON of the wrong shape, or cut off by num_predict', async () => {
    const { client } = await start({ triage: { kind: 'malformed' }, review: { kind: 'truncated' } });
    expect(JSON.parse((await ask(client, TRIAGE, { format: schema })).message.content)).toEqual({ risk: 'maybe', emergency: 'no' });
    const cut = await ask(client, REVIEW, { format: schema, num_predict: 20 });
    expect(cut.done_reason).toBe('length');
    expect(() => JSON.parse(cut.message.content)).toThrow();
  });

  it('answers slowly, and a stuck judge holds nothing once the client gives up', async () => {
    const { client, fake } = await start({ triage: { kind: 'slow', ms: 300, json: { risk: 'none' } }, review: { kind: 'timeout' } });
    const t0 = performance.now();
    await ask(client, TRIAGE, { format: schema });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
    // A client that gives up: Ollama's headers only come with the first token, so it aborts the request itself.
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const stuck = fetch(`${fake.url}/api/chat`, {
      method: 'POST',
      body: JSON.stringify({ model: 'llama3.2:3b', messages: [{ role: 'user', content: REVIEW }], format: schema }),
      signal: controller.signal,
    });
    await expect(stuck).rejects.toThrow();
    // The one slot is free again: the next request is answered at once.
    const t1 = performance.now();
    expect((await ask(client, 'NOW SPEAKING: Rosa')).message.content).toBe('A peer reply.');
    expect(performance.now() - t1).toBeLessThan(2000);
    await expect.poll(() => fake.stats.calls.map((c) => c.outcome)).toContain('aborted');
  });
});
