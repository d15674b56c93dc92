// A thinking model in a group session, end to end through the fake Ollama (which, like Ollama, lets a
// model that can think reason when `think` is unset), the real runtime and the real session: the
// reasoning never reaches the guard, the screen, storage or a later prompt; a reply whose budget went
// on reasoning is not taken for a silent model; and the model checks get time for a model that thinks.
import { afterEach, describe, expect, it } from 'vitest';
import { judged, type FakeModelSpec } from '@tests/fake-ollama';
import { GROUP_ID, startSessionRig, type SessionRig } from '@tests/support/sessionRig';
import type { Group } from '@shared/domain';
import { DEFAULT_MODEL_LAYERS, SessionContext, THINKING_CHECK_ALLOWANCE_MS, type SessionDeps } from './context';
import { MemorySessionStore } from './memoryStore';
import { REPLY_TOKENS } from './requestBuilder';
import { safetyPort } from './safetyPort';

const rigs: SessionRig[] = [];
afterEach(async () => {
  while (rigs.length) await rigs.pop()!.close();
});

/** The rig's model name, as a model that can think. */
const thinker = (over: Partial<FakeModelSpec> = {}): FakeModelSpec => ({ name: 'llama3.2:3b', family: 'qwen3', capabilities: ['completion', 'thinking'], ...over });

/** Reasoning that would be held if the guard ever read it (advice to stop a medicine). */
const ADVICE_IN_REASONING = 'They should stop taking metformin and double the insulin dose. Reply warmly.';
const REPLY = 'The tiredness hit me hard at first too. A short walk after lunch helped me.';
/** Reasoning longer than a reply's whole token budget. */
const LONG_REASONING = Array.from({ length: REPLY_TOKENS + 40 }, (_, i) => `idea${i}`).join(' ');

const chats = (rig: SessionRig) => rig.app.fake.requests.filter((r) => r.path === '/api/chat').map((r) => r.body as Record<string, unknown>);

describe('a thinking model in the group', () => {
  it('is asked not to think, and its replies are shown as written', async () => {
    const rig = await startSessionRig({ layers: false, fake: { models: [thinker()], reply: { text: REPLY, thinking: ADVICE_IN_REASONING } } });
    rigs.push(rig);
    await rig.session.send('I am so tired every afternoon.');
    expect(chats(rig).length).toBeGreaterThan(0);
    for (const body of chats(rig)) expect(body['think']).toBe(false);
    const peers = rig.log().filter((l) => l.who !== 'user');
    expect(peers.length).toBeGreaterThan(0);
    for (const p of peers) expect(p.text).toBe(REPLY);
  });

  it('a model that reasons anyway: the guard never sees the reasoning, and no later prompt or message carries it', async () => {
    const rig = await startSessionRig({ safety: safetyPort, layers: false, fake: { models: [thinker({ thinksAlways: true })], reply: { text: REPLY, thinking: ADVICE_IN_REASONING } } });
    rigs.push(rig);
    await rig.session.send('I am so tired every afternoon.');
    await rig.session.send('Does the walking really help?');
    const log = rig.log();
    // Reasoning that gives advice did not hold anything: the guard reads only the answer.
    expect(log.some((l) => l.kind === 'advice-redirect')).toBe(false);
    expect(log.filter((l) => l.who !== 'user').every((l) => l.text === REPLY)).toBe(true);
    expect(rig.events.failures).toEqual([]);
    for (const body of rig.chatBodies()) expect(body).not.toContain('metformin');
    for (const row of rig.store.rows.messages) expect(row.text).not.toContain('metformin');
  });

  it('a reply whose whole budget went on reasoning is tried again, not taken for silence', async () => {
    const rig = await startSessionRig({ layers: false, fake: { models: [thinker({ thinksAlways: true })], reply: { text: REPLY, thinking: LONG_REASONING } } });
    rigs.push(rig);
    await rig.session.send('I am so tired every afternoon.');
    const calls = rig.app.fake.stats.calls.filter((c) => c.route === 'chat');
    // The first call ran out of budget while reasoning; main then gave the model room for it.
    expect(calls[0]?.outcome).toBe('length');
    expect(chats(rig)[1]).toMatchObject({ think: 'low' });
    expect((chats(rig)[1]?.['options'] as { num_predict: number }).num_predict).toBeGreaterThan(REPLY_TOKENS + LONG_REASONING.split(' ').length);
    const peers = rig.log().filter((l) => l.who !== 'user');
    expect(peers.length).toBeGreaterThan(0);
    expect(peers.every((p) => p.text === REPLY && p.status === 'complete')).toBe(true);
    expect(rig.events.failures).toEqual([]);
  });

  it('that retry does not use up the reply’s second, stricter try', async () => {
    // Call 1 reasons past its budget; call 2 gives advice (held); call 3, the stricter try, is shown.
    const script = (req: { index: number }) =>
      req.index === 0 ? { text: REPLY, thinking: LONG_REASONING } : req.index === 1 ? { text: 'You should stop taking your metformin for a week.' } : { text: REPLY };
    const rig = await startSessionRig({ safety: safetyPort, layers: false, fake: { models: [thinker({ thinksAlways: true })], reply: script } });
    rigs.push(rig);
    await rig.session.send('I am so tired every afternoon.');
    const first = rig.log().find((l) => l.who !== 'user');
    expect(first).toMatchObject({ kind: 'chat', text: REPLY });
    expect(rig.log().some((l) => l.kind === 'advice-redirect')).toBe(false);
  });

  it('the model checks work with a model that reasons before its JSON answer', async () => {
    const rig = await startSessionRig({
      safety: safetyPort,
      fake: { models: [thinker({ thinksAlways: true })], reply: judged({ reply: () => ({ text: REPLY, thinking: ADVICE_IN_REASONING }) }) },
    });
    rigs.push(rig);
    await rig.session.send('I am so tired every afternoon.');
    const reviews = rig.events.checks.filter((c) => c.kind === 'review');
    expect(reviews.length).toBeGreaterThan(0);
    expect(reviews.every((c) => c.outcome === 'pass')).toBe(true);
    expect(rig.log().filter((l) => l.who !== 'user').every((l) => l.text === REPLY)).toBe(true);
  });
});

describe('the model checks wait longer for a model that thinks', () => {
  it('adds the allowance to both deadlines once reasoning was seen, and never for a model that does not think', () => {
    const group: Group = { id: GROUP_ID, title: 'T2D', format: 'condition', conditionId: 'type-2-diabetes', conditionLabel: 'Type 2 diabetes', seed: 1, topic: 'open', unsourced: false, createdAt: 1, updatedAt: 1 };
    const deps: SessionDeps = {
      store: new MemorySessionStore(),
      chat: () => ({ requestId: 'r', done: Promise.resolve({ ok: false, error: { code: 'cancelled', message: '' } }), cancel: async () => undefined }),
      safety: safetyPort,
      retrieve: () => [],
      events: { typing: () => undefined, crisis: () => undefined, failure: () => undefined },
      model: 'qwen3:4b',
      numCtx: 4096,
      language: 'en',
      userLabel: 'New member',
      msPerChar: 0,
    };
    const ctx = new SessionContext(group, [], deps);
    expect(ctx.layers.reviewTimeoutMs).toBe(DEFAULT_MODEL_LAYERS.reviewTimeoutMs);
    ctx.observeThinking(0);
    expect(ctx.layers.triageTimeoutMs).toBe(DEFAULT_MODEL_LAYERS.triageTimeoutMs);
    ctx.observeThinking(120);
    expect(ctx.layers.triageTimeoutMs).toBe(DEFAULT_MODEL_LAYERS.triageTimeoutMs + THINKING_CHECK_ALLOWANCE_MS);
    expect(ctx.layers.reviewTimeoutMs).toBe(DEFAULT_MODEL_LAYERS.reviewTimeoutMs + THINKING_CHECK_ALLOWANCE_MS);
  });
});
