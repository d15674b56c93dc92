// A message sent while the model is still getting ready (downloading, starting, being checked) goes
// through the gate at once, gets the facilitator's scripted words at once where they apply, and is
// answered by the peers as soon as a model is ready, after the gate has decided on it again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { judged } from '@tests/fake-ollama';
import { startSessionRig, type RigOptions, type SessionRig } from '@tests/support/sessionRig';

const rigs: SessionRig[] = [];
afterEach(async () => {
  while (rigs.length) await rigs.pop()!.close();
});

async function setup(options: RigOptions = {}): Promise<SessionRig> {
  const rig = await startSessionRig({ model: 'none', ...options, fake: { reply: judged({ reply: () => 'I hear you, that sounds hard.' }) } });
  rigs.push(rig);
  return rig;
}

const peerReplies = (s: SessionRig) => s.log().filter((l) => l.who !== 'user' && l.who !== 'Jo B.' && l.kind === 'chat');

describe('a message that waits for the model', () => {
  it('is stored and waits, with no model call; the peers answer it once, as soon as a model is ready, after the gate decides again', async () => {
    const s = await setup();
    await s.session.open();
    await s.session.send('I feel so tired all the time');
    expect(s.chatBodies()).toEqual([]);
    expect(s.events.failures).toEqual([]);
    expect(peerReplies(s)).toEqual([]);
    const waiting = s.events.waiting.at(-1);
    expect(waiting).toBe(s.session.waitingId);
    expect(s.store.rows.messages.find((m) => m.id === waiting)?.text).toBe('I feel so tired all the time');

    s.session.updateRuntime({ model: 'llama3.2:3b' });
    await vi.waitUntil(() => peerReplies(s).length > 0 && !s.session.isBusy, { timeout: 15_000 });
    expect(s.events.waiting.at(-1)).toBeNull();
    // Decided again with the model there: its triage saw the message before any peer spoke.
    expect(s.events.checks.some((c) => c.kind === 'triage')).toBe(true);
    const log = s.log();
    expect(log.findIndex((l) => l.who === 'user')).toBeLessThan(log.findIndex((l) => l.kind === 'chat' && l.who !== 'user'));
    const replies = peerReplies(s).length;
    // A second model change does not answer it twice.
    s.session.updateRuntime({ model: 'llama3.2:3b' });
    await s.session.open();
    expect(peerReplies(s)).toHaveLength(replies);
  });

  it('the facilitator answers a medical question at once, in scripted words; the peers follow once the model is ready', async () => {
    const s = await setup();
    await s.session.send('Should I stop taking my metformin?');
    expect(s.log().map((l) => l.kind)).toEqual(['chat', 'medical-redirect']);
    expect(s.chatBodies()).toEqual([]);
    s.session.updateRuntime({ model: 'llama3.2:3b' });
    await vi.waitUntil(() => peerReplies(s).length > 0 && !s.session.isBusy, { timeout: 15_000 });
    expect(s.log().filter((l) => l.kind === 'medical-redirect')).toHaveLength(1);
  });

  it('a crisis while a message waits opens the panel; when the model is ready nothing is answered and the crisis reaches no model', async () => {
    const s = await setup();
    await s.session.send('I feel so tired all the time');
    await s.session.send('I want to kill myself tonight');
    expect(s.events.crisis).toEqual(['crisis']);
    s.session.updateRuntime({ model: 'llama3.2:3b' });
    await new Promise((r) => setTimeout(r, 300));
    expect(peerReplies(s)).toEqual([]);
    expect(s.chatBodies().some((b) => b.includes('kill myself'))).toBe(false);
  });

  it('of several messages written while waiting, the last is answered, once', async () => {
    const s = await setup();
    await s.session.send('I started a new hobby this week');
    await s.session.send('I baked bread with my daughter');
    s.session.updateRuntime({ model: 'llama3.2:3b' });
    await vi.waitUntil(() => peerReplies(s).length > 0 && !s.session.isBusy, { timeout: 15_000 });
    const log = s.log();
    const lastUser = log.map((l) => l.who).lastIndexOf('user');
    expect(log[lastUser]?.text).toBe('I baked bread with my daughter');
    expect(log.slice(0, lastUser).some((l) => l.kind === 'chat' && l.who !== 'user')).toBe(false);
  });

  it('after a restart, a message nothing answered is answered once a model is ready', async () => {
    const s = await setup();
    await s.session.open();
    await s.session.send('I feel so tired all the time');
    const again = s.restart({ model: 'none' });
    await again.open();
    expect(again.waitingId).toBeDefined();
    again.updateRuntime({ model: 'llama3.2:3b' });
    await vi.waitUntil(() => peerReplies(s).length > 0 && !again.isBusy, { timeout: 15_000 });
  });
});
