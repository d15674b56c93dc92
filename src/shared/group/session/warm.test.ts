// Warming the model ahead of the first reply, through the fake Ollama and the real runtime: main loads
// the model with the group's context size (so the first reply does not load it again), and the
// session fills the prompt cache with the group's shared text, which holds nothing the person has not
// sent and nothing the gate held back.
import { afterEach, describe, expect, it } from 'vitest';
import { judged } from '@tests/fake-ollama';
import { startSessionRig, type SessionRig } from '@tests/support/sessionRig';
import { safetyPort } from './safetyPort';

const rigs: SessionRig[] = [];
afterEach(async () => {
  while (rigs.length) await rigs.pop()!.close();
});

async function rig(over: Parameters<typeof startSessionRig>[0] = {}): Promise<SessionRig> {
  const r = await startSessionRig({ safety: safetyPort, fake: { reply: judged({ reply: () => 'Same here, the afternoons are the worst.' }) }, ...over });
  rigs.push(r);
  return r;
}

describe('loading the model ahead', () => {
  it('loads it with the context size the group uses, so the first reply finds it loaded', async () => {
    const r = await rig();
    const loaded = await r.app.api.llm.load({ model: 'llama3.2:3b', numCtx: 4096 });
    expect(loaded.ok).toBe(true);
    expect(r.app.fake.loadedModels()).toEqual(['llama3.2:3b']);
    await r.session.send('The afternoons are so hard.');
    expect(r.app.fake.stats.loads).toBe(1);
    expect(r.app.fake.stats.calls.every((c) => !c.loaded)).toBe(true);
  });

  it('answers a typed failure, not a throw, when the model is not there', async () => {
    const r = await rig();
    const result = await r.app.api.llm.load({ model: 'mistral:7b', numCtx: 4096 });
    expect(result.ok).toBe(false);
  });
});

describe('warming the prompt cache', () => {
  it('fills the cache with the shared text, so the first turn evaluates only what it adds', async () => {
    const r = await rig();
    await r.session.open();
    expect(await r.session.warm()).toBe(true);
    const warm = r.app.fake.stats.calls.at(-1)!;
    expect(warm.evalTokens).toBeLessThanOrEqual(1);
    r.app.fake.resetStats();
    await r.session.send('The afternoons are so hard.');
    const first = r.app.fake.stats.calls[0]!;
    // Everything up to the new message came from the cache.
    expect(first.cachedTokens).toBeGreaterThanOrEqual(warm.promptTokens - 8);
    expect(first.cachedTokens / first.promptTokens).toBeGreaterThan(0.8);
  });

  it('holds only what was sent and decided: a message that opened the panel is a neutral line, and a paused group is not warmed', async () => {
    const r = await rig();
    await r.session.open();
    await r.session.send('I want to end my life tonight');
    expect(r.session.paused).toBe(true);
    const before = r.app.fake.requests.length;
    expect(await r.session.warm()).toBe(false);
    expect(r.app.fake.requests.length).toBe(before);
    await r.session.resume();
    expect(await r.session.warm()).toBe(true);
    const body = JSON.stringify(r.app.fake.requests.at(-1)!.body);
    expect(body).not.toContain('end my life');
    expect(body).toContain('CONVERSATION:');
  });

  it('a check sent while the warm-up runs starts its deadline once the warm-up is done', async () => {
    // The warm-up alone takes longer than the triage's whole deadline.
    const r = await rig({ layers: { triageTimeoutMs: 300 }, fake: { reply: judged({ reply: () => 'Same here.' }), speed: { promptTokensPerSec: 2500 } } });
    await r.session.open();
    const warming = r.session.warm();
    await r.session.send('The afternoons are so hard.');
    expect(await warming).toBe(true);
    const triage = r.events.checks.find((c) => c.kind === 'triage');
    expect(triage?.outcome).toBe('pass');
  });

  it('after each turn, warms the next one while the person reads: their next message’s first reply evaluates only what that message adds', async () => {
    const r = await rig({ layers: false });
    await r.session.send('The afternoons are so hard.');
    await r.session.warmed();
    const warm = r.app.fake.stats.calls.at(-1)!;
    expect(warm.evalTokens).toBeLessThanOrEqual(1);
    // The warm-up's prompt ends with the replies just given: they are evaluated now, not at the next message.
    const body = JSON.stringify(r.app.fake.requests.at(-1)!.body);
    expect(body).toContain('Same here, the afternoons are the worst.');
    expect(body).not.toContain('NOW SPEAKING');
    r.app.fake.resetStats();
    await r.session.send('Mornings are not much better, honestly.');
    const first = r.app.fake.stats.calls[0]!;
    expect(first.cachedTokens).toBeGreaterThanOrEqual(warm.promptTokens - 8);
  });

  it('does not warm after a turn that paused the group for help', async () => {
    const r = await rig({ layers: false });
    await r.session.send('The afternoons are so hard.');
    await r.session.warmed();
    const before = r.app.fake.requests.length;
    await r.session.send('I want to end my life tonight');
    await r.session.warmed();
    expect(r.session.paused).toBe(true);
    expect(r.app.fake.requests.length).toBe(before);
  });

  it('Stop cancels it', async () => {
    const r = await rig({ fake: { reply: judged({ reply: () => 'Same here.' }), speed: { promptTokensPerSec: 200 } } });
    await r.session.open();
    const warming = r.session.warm();
    await new Promise((resolve) => setTimeout(resolve, 50));
    r.session.stop();
    expect(await warming).toBe(false);
  });
});
