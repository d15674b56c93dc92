// Every way a user message can lead to a model call, through the real engine and the fake Ollama
// server: the gate decides first on each, and a message it did not let through never reaches a peer.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { judged, raise, triageAnswer, type JudgeScript, type ScriptRequest } from '@tests/fake-ollama';
import { startSessionRig, testSafety, type RigOptions, type SessionRig } from '@tests/support/sessionRig';
import type { SafetyPort } from './ports';

const rigs: SessionRig[] = [];
afterEach(async () => {
  while (rigs.length) await rigs.pop()!.close();
});

/** A rig whose judge answers as `judge` says (mutable between steps) and whose peers say `reply`. */
async function setup(judge: Partial<Omit<JudgeScript, 'reply'>> = {}, options: RigOptions = {}, reply = 'I hear you, that sounds hard.') {
  const script: { current: Partial<Omit<JudgeScript, 'reply'>> } = { current: judge };
  const rig = await startSessionRig({ ...options, fake: { reply: (req: ScriptRequest) => judged({ ...script.current, reply: () => reply })(req), ...options.fake } });
  rigs.push(rig);
  return { rig, judge: script };
}

const CRISIS = 'I want to end my life tonight';
const UNSURE = 'everything feels pointless lately';
const peerRequests = (rig: SessionRig) => rig.chatBodies().filter((b) => b.includes('NOW SPEAKING'));
const triageRequests = (rig: SessionRig) => rig.chatBodies().filter((b) => b.includes("SAFETY CHECK of the new member's last message (answer"));
const kinds = (rig: SessionRig) => rig.log().map((l) => `${l.who}:${l.kind}`);

describe('the gate on every path (real engine, fake Ollama)', () => {
  it('new message: a crisis opens the panel with no model call at all, even with the server gone', async () => {
    const { rig } = await setup();
    await rig.app.fake.close();
    await rig.session.send(CRISIS);
    expect(kinds(rig)).toEqual(['user:chat', 'Jo B.:crisis-script']);
    expect(rig.log()[0]?.marked).toBe(true);
    expect(rig.events.crisis).toEqual(['crisis']);
    expect(rig.session.safety).toMatchObject({ state: 'paused', categories: ['suicide'] });
    expect(rig.store.rows.groups.get('group-test-1')?.safety?.state).toBe('paused');
    expect(rig.store.crisisState.active).toBe(true);
  });

  it('new message: the uncertain middle gets the scripted question; peers wait; only the triage sees the message', async () => {
    const { rig } = await setup();
    await rig.session.send(UNSURE);
    expect(kinds(rig)).toEqual(['user:chat', 'Jo B.:ask']);
    expect(rig.log()[1]?.text).toMatch(/thoughts of ending your life, or of hurting yourself\?/);
    expect(rig.events.asks).toEqual(['self-harm']);
    expect(rig.session.safety.state).toBe('asking');
    expect(peerRequests(rig)).toEqual([]);
    expect(rig.chatBodies().filter((b) => b.includes(UNSURE))).toHaveLength(1);
    expect(triageRequests(rig)).toHaveLength(1);
  });

  it('new message: the triage raises group → ask and ask → panel, and never lowers', async () => {
    const { rig, judge } = await setup({ triage: raise('unclear') });
    await rig.session.send('today was a lot');
    expect(kinds(rig)).toEqual(['user:chat', 'Jo B.:ask']);
    expect(rig.log()[0]?.marked).toBe(true);
    expect(peerRequests(rig)).toEqual([]);
    judge.current = {};
    await rig.session.send('No');
    expect(rig.session.safety.state).toBe('open');
    judge.current = { triage: raise('high') };
    await rig.session.send(UNSURE);
    expect(rig.session.safety.state).toBe('paused');
    expect(rig.events.crisis).toEqual(['crisis']);
    expect(rig.events.checks.filter((c) => c.kind === 'triage').map((c) => c.outcome)).toEqual(['raise', 'pass', 'raise']);
  });

  it('sent during a turn: a message waits out of every prompt until the gate decides it, and the triage can still raise it', async () => {
    const { rig, judge } = await setup({}, { fake: { speed: { genTokensPerSec: 40 } } });
    const first = rig.session.send('I feel so tired all the time');
    await vi.waitUntil(() => peerRequests(rig).length > 0, { timeout: 10_000 });
    const QUEUED = 'and lately I keep giving my things away';
    judge.current = { triage: (req) => (req.prompt.includes(QUEUED) ? raise('unclear') : triageAnswer()) };
    await rig.session.send(QUEUED);
    await first;
    await vi.waitUntil(() => !rig.session.isBusy && rig.session.safety.state === 'asking', { timeout: 20_000 });
    expect(peerRequests(rig).some((b) => b.includes(QUEUED))).toBe(false);
    expect(rig.log().at(-1)).toMatchObject({ who: 'Jo B.', kind: 'ask' });
  });

  it('sent while the gate is still deciding another: it waits its turn and is answered after', async () => {
    const { rig } = await setup({ triage: { kind: 'slow', ms: 400, json: {} } });
    const first = rig.session.send('work was long today');
    await vi.waitUntil(() => rig.session.isBusy, { timeout: 5000 });
    await rig.session.send('and then I made dinner');
    await first;
    await vi.waitUntil(() => !rig.session.isBusy, { timeout: 20_000 });
    const log = rig.log();
    const second = log.findIndex((l) => l.text === 'and then I made dinner');
    expect(log.slice(second + 1).some((l) => l.kind === 'chat' && l.who !== 'user')).toBe(true);
  });

  it('sent during a turn: the uncertain middle stops the running reply and asks at once', async () => {
    const { rig } = await setup({}, { fake: { speed: { genTokensPerSec: 20 } } }, 'One thought here. Another thought here. A third thought here. A fourth one.');
    const turn = rig.session.send('I feel so tired all the time');
    await vi.waitUntil(() => peerRequests(rig).length > 0 && rig.session.isBusy, { timeout: 10_000 });
    await rig.session.send(UNSURE);
    await turn;
    expect(rig.log().filter((l) => l.who !== 'user' && l.kind === 'chat')).toEqual([]);
    expect(rig.log().at(-1)).toMatchObject({ kind: 'ask' });
  });

  it('sent during a turn: a crisis opens the panel at once and stops the running reply', async () => {
    const { rig } = await setup({}, { fake: { speed: { genTokensPerSec: 20 } } }, 'One thought here. Another thought here. A third thought here. A fourth one.');
    const turn = rig.session.send('I feel so tired all the time');
    await vi.waitUntil(() => peerRequests(rig).length > 0 && rig.session.isBusy, { timeout: 10_000 });
    await rig.session.send('I want to kill myself tonight');
    await turn;
    expect(rig.events.crisis).toEqual(['crisis']);
    expect(rig.log().at(-1)).toMatchObject({ who: 'Jo B.', kind: 'crisis-script' });
    expect(rig.log().filter((l) => l.who !== 'user' && l.kind === 'chat')).toEqual([]);
  });

  it('buddy chat: the same gate (panel, ask) before the buddy speaks', async () => {
    const { rig, judge } = await setup({}, { format: 'buddy', buddy: true });
    await rig.session.send('Rough day today.');
    expect(rig.log().map((l) => l.who)).toEqual(['user', 'Rosa M.']);
    judge.current = { triage: raise('unclear') };
    await rig.session.send('today was a lot');
    expect(rig.log().at(-1)).toMatchObject({ kind: 'ask' });
    await rig.session.send('yes');
    expect(rig.session.safety.state).toBe('paused');
    expect(peerRequests(rig).some((b) => b.includes('today was a lot'))).toBe(false);
    await rig.app.fake.close();
    await rig.session.send(CRISIS);
    expect(rig.events.crisis).toEqual(['crisis', 'crisis']);
  });

  it('"anyone else": the gate reads the message with the person’s recent ones, before any model call', async () => {
    const seen: Array<{ text: string; recent: readonly string[] }> = [];
    let armed = false;
    const spying: SafetyPort = {
      ...testSafety,
      assess: (text, recent) => {
        seen.push({ text, recent });
        return armed && /tonight/.test(text) && recent.some((r) => /saving up/.test(r)) ? { level: 'crisis', categories: ['suicide'] } : { level: 'none', categories: [] };
      },
    };
    const { rig } = await setup({}, { safety: spying });
    await rig.session.send('I have been saving up for a while');
    await rig.session.send('maybe tonight then');
    const before = rig.chatBodies().length;
    armed = true;
    await rig.session.anyoneElse();
    expect(seen.at(-1)).toMatchObject({ text: 'maybe tonight then', recent: ['I have been saving up for a while'] });
    expect(rig.events.crisis).toEqual(['crisis']);
    expect(rig.chatBodies().length).toBe(before);
  });

  it('"anyone else" after a crisis never sends anything to the model', async () => {
    const { rig } = await setup();
    await rig.session.send(CRISIS);
    await rig.session.resume();
    const before = rig.app.fake.requests.length;
    await rig.session.anyoneElse();
    expect(rig.app.fake.requests.length).toBe(before);
  });

  it('regenerate: the gate decides on the message the reply answers first', async () => {
    const { rig, judge } = await setup();
    await rig.session.send('work has been hard on me');
    const reply = rig.store.rows.messages.find((m) => m.author.kind === 'member' && m.kind === 'chat')!;
    judge.current = { triage: raise('unclear') };
    const peersBefore = peerRequests(rig).length;
    await rig.session.regenerate(reply.id);
    expect(peerRequests(rig).length).toBe(peersBefore);
    expect(rig.session.safety.state).toBe('asking');
    expect(rig.log().at(-1)).toMatchObject({ kind: 'ask' });
    // While the question waits, regenerate does nothing at all.
    const requests = rig.app.fake.requests.length;
    await rig.session.regenerate(reply.id);
    expect(rig.app.fake.requests.length).toBe(requests);
  });

  it('continue: the gate decides on the message the interrupted reply answers first', async () => {
    const script: { triage?: JudgeScript['triage'] } = {};
    let peerCalls = 0;
    const rig = await startSessionRig({
      fake: {
        reply: (req: ScriptRequest) =>
          judged({
            ...script,
            reply: () => {
              // The first peer reply breaks off after two sentences (the fault is taken by this very request).
              if (peerCalls++ === 0) rig.app.fake.inject({ kind: 'drop-connection', afterTokens: 9 });
              return 'First thought here. Second thought here. Third thought here.';
            },
          })(req),
      },
    });
    rigs.push(rig);
    await rig.session.send('the evenings are the worst');
    const interrupted = rig.store.rows.messages.find((m) => m.status === 'interrupted');
    expect(interrupted?.text).toBe('First thought here. Second thought here.');
    script.triage = raise('high');
    const peersThen = peerRequests(rig).length;
    await rig.session.continueReply(interrupted!.id);
    expect(peerRequests(rig).length).toBe(peersThen);
    expect(rig.session.safety.state).toBe('asking');
  });

  it('resume after the panel: the one way back; what was written meanwhile is decided again, then answered', async () => {
    const { rig } = await setup();
    await rig.session.send(CRISIS);
    await rig.session.send('I called the line and I am feeling a bit calmer now');
    expect(peerRequests(rig)).toEqual([]);
    await rig.session.resume();
    expect(rig.session.safety.state).toBe('open');
    expect(triageRequests(rig).at(-1)).toContain('feeling a bit calmer now');
    expect(rig.log().at(-1)).toMatchObject({ kind: 'chat', text: 'I hear you, that sounds hard.' });
    expect(rig.chatBodies().some((b) => b.includes(CRISIS))).toBe(false);
  });

  it('resume when the triage finds danger in what was written meanwhile: the question, not the peers', async () => {
    const { rig, judge } = await setup();
    await rig.session.send(CRISIS);
    await rig.session.send('still here I guess');
    judge.current = { triage: raise('unclear') };
    await rig.session.resume();
    expect(rig.session.safety.state).toBe('asking');
    expect(peerRequests(rig)).toEqual([]);
  });

  it('resume when something written meanwhile was already uncertain: the question comes on return', async () => {
    const { rig } = await setup();
    await rig.session.send(CRISIS);
    await rig.session.send(UNSURE);
    expect(rig.session.safety.state).toBe('paused');
    await rig.session.resume();
    expect(rig.session.safety.state).toBe('asking');
    expect(rig.log().at(-1)).toMatchObject({ kind: 'ask' });
    expect(peerRequests(rig)).toEqual([]);
  });

  it('restart, unlock or a language switch: a paused group stays paused, and the first message reads the stored context', async () => {
    const seen: Array<readonly string[]> = [];
    const spying: SafetyPort = { ...testSafety, assess: (text, recent) => (seen.push(recent), testSafety.assess(text, recent)) };
    const { rig } = await setup({}, { safety: spying });
    await rig.session.send('I have been feeling low this week');
    await rig.session.send(CRISIS);
    const again = rig.restart({ language: 'es', safety: spying });
    expect(again.paused).toBe(true);
    await again.send('hola');
    expect(peerRequests(rig).filter((b) => b.includes('hola'))).toEqual([]);
    expect(seen.at(-1)).toEqual(['I have been feeling low this week', CRISIS]);
    await again.resume();
    // The Spanish session's prompts carry the neutral line in Spanish, never the words.
    const last = peerRequests(rig).at(-1) ?? '';
    expect(last).toContain('[compartió algo doloroso y recibió apoyo]');
    expect(rig.chatBodies().some((b) => b.includes(CRISIS))).toBe(false);
  });

  it('the answer to the question: no → back to the group; yes → panel; "rather not say" → help stays in view; unclear → asked once more', async () => {
    const { rig } = await setup();
    await rig.session.send(UNSURE);
    await rig.session.send('No');
    expect(rig.session.safety).toMatchObject({ state: 'open', helpVisible: false });
    expect(rig.log().at(-1)).toMatchObject({ kind: 'ask-reply', text: expect.stringMatching(/Thank you for telling me/) });
    expect(peerRequests(rig)).toEqual([]);

    await rig.session.send(UNSURE);
    await rig.session.send('what do you mean?');
    expect(rig.session.safety).toMatchObject({ state: 'asking', unclearAnswers: 1 });
    expect(rig.log().at(-1)).toMatchObject({ kind: 'ask-reply', text: expect.stringMatching(/I want to be sure I understand/) });
    await rig.session.send("I'd rather not say");
    expect(rig.session.safety).toMatchObject({ state: 'open', helpVisible: true });

    await rig.session.send(UNSURE);
    await rig.session.send('yes');
    expect(rig.session.safety.state).toBe('paused');
    expect(rig.events.crisis).toEqual(['crisis']);
    // Neither the messages nor the answers ever reached a peer's prompt.
    expect(peerRequests(rig)).toEqual([]);
    await rig.session.resume();
    await rig.session.send('thanks everyone');
    const prompt = peerRequests(rig).at(-1) ?? '';
    expect(prompt).toContain('[shared something painful and was offered support]');
    for (const text of [UNSURE, 'what do you mean?', "I'd rather not say"]) expect(prompt).not.toContain(text);
  });

  it('after "That’s not what I meant" or a "no", that message no longer counts as a recent sign of risk', async () => {
    const seen: Array<readonly string[]> = [];
    const spying: SafetyPort = { ...testSafety, assess: (text, recent) => (seen.push(recent), testSafety.assess(text, recent)) };
    const { rig } = await setup({}, { safety: spying });
    await rig.session.send('I took all my pills and I still feel wiped out.');
    await rig.session.misread();
    await rig.session.send(UNSURE);
    await rig.session.send('No');
    await rig.session.send('anyway, work was long today');
    expect(seen.at(-1)).toEqual(['No']);
  });

  it('"That’s not what I meant": back to the group, the banner taken back, an apology; the words still never reach a model', async () => {
    const { rig } = await setup();
    const misread = 'I took all my pills and I still feel wiped out.';
    await rig.session.send(misread);
    expect(rig.session.paused).toBe(true);
    expect(rig.store.crisisState.active).toBe(true);
    await rig.session.misread();
    expect(rig.session.safety.state).toBe('open');
    expect(rig.store.crisisState.active).toBe(false);
    expect(rig.log().at(-1)).toMatchObject({ who: 'Jo B.', kind: 'misread' });
    expect(rig.store.rows.messages[0]?.safety).toMatchObject({ misread: true });
    await rig.session.send('I mean I am just really tired');
    expect(peerRequests(rig).at(-1)).toContain('[wrote a message that was set aside]');
    expect(rig.chatBodies().some((b) => b.includes('wiped out'))).toBe(false);
  });
});
