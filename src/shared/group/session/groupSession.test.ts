import { afterEach, describe, expect, it, vi } from 'vitest';
import { countTokens, judged, type ScriptRequest } from '@tests/fake-ollama';
import { REPLY_TOKENS } from './requestBuilder';
import { speakerOf, startSessionRig, type RigOptions, type SessionRig } from '@tests/support/sessionRig';

const rigs: SessionRig[] = [];
afterEach(async () => {
  while (rigs.length) await rigs.pop()!.close();
});

/** A rig whose peers answer with `reply`; the model checks pass unless told otherwise. */
async function setup(reply: (req: ScriptRequest) => string, options: RigOptions = {}): Promise<SessionRig> {
  const rig = await startSessionRig({ ...options, fake: { reply: judged({ reply }), ...options.fake } });
  rigs.push(rig);
  return rig;
}

const peers = (rig: SessionRig) => rig.log().filter((l) => l.who !== 'user' && l.who !== 'Jo B.');

describe('GroupSession against the fake Ollama (real engine, runtime, handlers, contract)', () => {
  it('opens with the facilitator’s check-in and one or two peers’ hellos, then 1–3 peers answer with citations, each shown whole', async () => {
    const s = await setup(() => 'I remember that feeling well. My stomach was rough on it too [1]. It settled after a few weeks for me.');
    await s.session.open();
    await s.session.send('Metformin is wrecking my stomach, has anyone had that?');
    const log = s.log();
    expect(log[0]).toMatchObject({ who: 'Jo B.', kind: 'check-in' });
    const hellos = log.filter((l) => l.kind === 'hello');
    expect(hellos.length).toBeGreaterThanOrEqual(1);
    expect(hellos.length).toBeLessThanOrEqual(2);
    expect(log.slice(1, 1 + hellos.length)).toEqual(hellos);
    // The hellos are scripted: no model call before the person's message.
    expect(s.chatBodies().every((b) => b.includes('Metformin is wrecking my stomach'))).toBe(true);
    const user = 1 + hellos.length;
    expect(log[user]).toMatchObject({ who: 'user' });
    const replies = log.slice(user + 1);
    expect(replies.length).toBeGreaterThanOrEqual(1);
    expect(replies.length).toBeLessThanOrEqual(3);
    for (const p of replies) {
      expect(p).toMatchObject({ status: 'complete', text: 'I remember that feeling well. My stomach was rough on it too [1]. It settled after a few weeks for me.' });
      expect(p.citations).toEqual(['type-2-diabetes/metformin-gi']);
    }
  });

  it('cleans a model that speaks for other members and repeats its own name', async () => {
    const s = await setup((req) => `${speakerOf(req)}: Same here, honestly.\nJo B.: Thanks everyone!\nNew member: ok`);
    await s.session.send('I feel so tired all the time');
    expect(peers(s).length).toBeGreaterThan(0);
    for (const p of peers(s)) expect(p.text).toBe('Same here, honestly.');
  });

  it('drops a citation number that points at no fact', async () => {
    const s = await setup(() => 'Walking after dinner helped me [7]. It really did.');
    await s.session.send('I feel so tired all the time');
    expect(peers(s).length).toBeGreaterThan(0);
    for (const p of peers(s)) expect(p).toMatchObject({ text: 'Walking after dinner helped me. It really did.', citations: [] });
  });

  it('retries an empty reply once, then leaves no empty message behind', async () => {
    let calls = 0;
    const s = await setup(() => (calls++ === 0 ? '' : '   '));
    await s.session.send('I feel so tired all the time');
    expect(s.log().filter((l) => l.who !== 'user')).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(2);
  });

  it('keeps a reply that stops mid-sentence (length limit) and cuts a run-on to a chat message', async () => {
    const essay = Array.from({ length: 2000 }, (_, i) => (i % 12 === 11 ? 'word.' : 'word')).join(' ');
    const s = await setup(() => essay);
    await s.session.send('I feel so tired all the time');
    expect(peers(s).length).toBeGreaterThan(0);
    for (const p of peers(s)) {
      expect(p.text.length).toBeLessThan(1200);
      expect(p.status).toBe('complete');
    }
    expect(s.app.fake.stats.calls.filter((c) => c.evalTokens > 0).every((c) => c.evalTokens <= 220)).toBe(true);
  });

  it('regenerates a reply that gave advice with a stricter prompt; twice flagged, the facilitator redirects', async () => {
    const s = await setup(() => 'Honestly, you should stop the metformin for a while.');
    await s.session.send('My stomach hates metformin');
    const log = s.log();
    expect(log.some((l) => /you should stop/i.test(l.text))).toBe(false);
    expect(log.filter((l) => l.kind === 'advice-redirect').length).toBeGreaterThan(0);
    expect(s.chatBodies().some((b) => b.includes('ONLY about your own experience'))).toBe(true);
  });

  it('a dropped connection mid-reply keeps the finished sentences, marked interrupted', async () => {
    // Model layers off: the injected fault must hit the peer's reply, not the triage before it.
    const s = await setup(() => 'First thought here. Second thought here. Third thought here. Fourth thought is long.', { layers: false });
    s.app.fake.inject({ kind: 'drop-connection', afterTokens: 9 });
    await s.session.send('I feel so tired all the time');
    expect(peers(s)[0]).toMatchObject({ status: 'interrupted' });
    expect(peers(s)[0]?.text.startsWith('First thought here.')).toBe(true);
    expect(s.events.failures).toContain('connection-lost');
  });

  it('in a buddy chat only the buddy answers', async () => {
    const s = await setup((req) => `It is ${speakerOf(req)} here. I hear you.`, { format: 'buddy', buddy: true });
    await s.session.send('Rough day today.');
    expect(peers(s).map((p) => p.who)).toEqual(['Rosa M.']);
  });

  it('sends a medical question to the facilitator first (pattern check, model layers off)', async () => {
    const s = await setup(() => 'I remember worrying about that too.', { layers: false });
    await s.session.send('Should I stop my metformin because of my stomach?');
    expect(s.log()[1]).toMatchObject({ who: 'Jo B.', kind: 'medical-redirect' });
  });

  it('continues an interrupted reply, keeping its sentences, and regenerates a reply in place', async () => {
    let n = 0;
    const s = await setup(() => (n++ === 0 ? 'First thought here. Second thought here. Third thought here.' : 'And that is how it went.'), { layers: false });
    s.app.fake.inject({ kind: 'drop-connection', afterTokens: 9 });
    await s.session.send('I feel so tired all the time');
    const interrupted = s.store.rows.messages.find((m) => m.status === 'interrupted')!;
    expect(interrupted.text).toBe('First thought here. Second thought here.');
    await s.session.continueReply(interrupted.id);
    expect(await s.store.messages.get(interrupted.id)).toMatchObject({ status: 'complete', text: 'First thought here. Second thought here. And that is how it went.' });
    expect(s.chatBodies().at(-1)).toContain('was cut off');
    s.app.fake.setReply('A fresh answer.');
    await s.session.regenerate(interrupted.id);
    expect(await s.store.messages.get(interrupted.id)).toMatchObject({ status: 'complete', text: 'A fresh answer.' });
  });

  it('summarises older messages once the window moves, and later prompts carry the summary', async () => {
    const s = await setup((req) => (req.messages.at(-1)?.content.includes("you keep the group's notes") ? 'Rosa and Dee talked about tiredness.' : 'I know that tiredness well, it wears you down.'), { numCtx: 2600 });
    for (let i = 0; i < 14; i++) await s.session.send(`Message number ${i}: I have been feeling tired and low again this week, and work is hard.`);
    expect((await s.store.journal.latestSummary('group-test-1'))?.text).toBe('Rosa and Dee talked about tiredness.');
    expect(s.chatBodies().filter((b) => b.includes('NOW SPEAKING')).at(-1)).toContain('EARLIER IN THIS GROUP (summary)');
  });

  it('moves the window at a turn’s end: the summary is served from the prompt cache, and the next turn meets the summary and the moved window together', async () => {
    const notes = 'Rosa and Dee talked about tiredness.';
    const s = await setup((req) => (req.messages.at(-1)?.content.includes("you keep the group's notes") ? notes : 'I know that tiredness well, it wears you down.'), { numCtx: 2600, layers: false });
    for (let i = 0; i < 14 && !(await s.store.journal.latestSummary('group-test-1')); i++) await s.session.send(`Message number ${i}: I have been feeling tired and low again this week, and work is hard.`);
    const chats = s.app.fake.requests.filter((r) => r.path === '/api/chat').map((r) => r.body as { messages: Array<{ content: string }> });
    const summaryAt = chats.findIndex((b) => b.messages.at(-1)?.content.includes("you keep the group's notes"));
    expect(summaryAt).toBeGreaterThan(0);
    const firstLine = (b: { messages: Array<{ content: string }> }) => /CONVERSATION:\n(.*)/.exec(b.messages.at(-1)?.content ?? '')?.[1];
    // The summary's lines are the ones the last reply's transcript began with.
    expect(firstLine(chats[summaryAt]!)).toBe(firstLine(chats[summaryAt - 1]!));
    // Only its task was evaluated afresh: everything before it came from the cache.
    const summaryCall = s.app.fake.stats.calls.filter((c) => c.route === 'chat')[summaryAt]!;
    const task = chats[summaryAt]!.messages.at(-1)!.content.split('\n---\n').at(-1)!;
    expect(summaryCall.evaluatedTokens).toBeLessThan(countTokens(task) + 16);
    expect(summaryCall.cachedTokens).toBeGreaterThan(summaryCall.evaluatedTokens * 10);
    // The next prompt already carries the new summary and starts after the lines it covers.
    await s.session.send('Thank you all, that helps a bit.');
    const next = (s.app.fake.requests.filter((r) => r.path === '/api/chat')[summaryAt + 1]!.body as { messages: Array<{ content: string }> }).messages.at(-1)!.content;
    expect(next).toContain(`EARLIER IN THIS GROUP (summary):\n"${notes}"`);
    expect(firstLine({ messages: [{ content: next }] })).not.toBe(firstLine(chats[summaryAt]!));
  });

  it('counts the rolling summary when sizing the window: a long summary leaves room for fewer transcript lines, and every prompt leaves room for the reply', async () => {
    const longNotes = Array.from({ length: 12 }, (_, i) => `Rosa shared how tiredness at work wore her down in week ${i + 1}, and Dee talked about sleep.`).join(' ');
    const transcriptLines = async (notes: string): Promise<number> => {
      const s = await setup((req) => (req.messages.at(-1)?.content.includes("you keep the group's notes") ? notes : 'I know that tiredness well, it wears you down.'), { numCtx: 2600, layers: false });
      for (let i = 0; i < 24; i++) await s.session.send(`Message number ${i}: I have been feeling tired and low again this week, and work is hard.`);
      expect((await s.store.journal.latestSummary('group-test-1'))?.text).toBe(notes);
      const chats = s.app.fake.requests.filter((r) => r.path === '/api/chat').map((r) => (r.body as { messages: Array<{ content: string }> }).messages.at(-1)!.content);
      const speakers = s.app.fake.stats.calls.filter((c) => c.route === 'chat').filter((_, i) => chats[i]?.includes('NOW SPEAKING'));
      for (const call of speakers) expect(call.promptTokens + REPLY_TOKENS).toBeLessThanOrEqual(2600);
      const last = chats.filter((c) => c.includes('NOW SPEAKING')).at(-1)!;
      return /CONVERSATION:\n([\s\S]*?)\n\n/.exec(last)![1]!.split('\n').length;
    };
    const withShort = await transcriptLines('Rosa and Dee talked about tiredness.');
    const withLong = await transcriptLines(longNotes);
    expect(withLong).toBeLessThan(withShort);
  });

  it('invites the user after a quiet spell, once', async () => {
    const s = await setup(() => 'A peer reply.');
    await s.session.open();
    await s.session.inviteAfterSilence();
    await s.session.inviteAfterSilence();
    const log = s.log().filter((l) => l.kind !== 'hello');
    expect(log.map((l) => l.kind)).toEqual(['check-in', 'chat']);
    expect(log[1]?.who).toBe('Jo B.');
  });

  it('uses a topic chosen after the session started', async () => {
    const s = await setup(() => 'A peer reply.');
    s.session.updateGroup({ ...s.session.group, topic: 'work' });
    await s.session.send('It has been a long week');
    expect(s.chatBodies().at(-1)).toContain('Session focus: work');
  });

  it('answers a message sent during a turn once that turn ends', async () => {
    const s = await setup(() => 'I hear you, that sounds hard.', { fake: { speed: { genTokensPerSec: 60 } } });
    const first = s.session.send('I feel so tired all the time');
    await vi.waitUntil(() => s.session.isBusy, { timeout: 5000 });
    await s.session.send('And I cannot sleep either');
    await first;
    await vi.waitUntil(() => !s.session.isBusy, { timeout: 15_000 });
    const log = s.log();
    const lastUser = log.map((l) => l.who).lastIndexOf('user');
    expect(log[lastUser]?.text).toBe('And I cannot sleep either');
    expect(log.slice(lastUser + 1).length).toBeGreaterThan(0);
  });
});
