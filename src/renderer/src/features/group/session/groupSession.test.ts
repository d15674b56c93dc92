import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Group, Member } from '../../../../../shared/domain';
import { assessCrisis } from '../../../../../shared/safety/assessCrisis';
import { cast, fact } from '../../../../../shared/group/testFixtures';
import type { ScriptRequest } from '../../../../../../tests/fake-ollama';
import { startAppOverFake, type AppOverFake } from '../../../../../../tests/support/appOverFake';
import { openTestDatabase } from '../../../db/testDatabase';
import type { Repositories } from '../../../db/repositories';
import { GroupSession } from './groupSession';
import type { SafetyPort, SessionEvents } from './ports';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const gi = fact('metformin-gi', 'Metformin often upsets the stomach at first.', 'side-effect');
const tired = fact('exp-tired', 'Many people with type 2 diabetes feel tired.', 'experience');

// Pipeline tests use the real crisis assessment; advice detection is the safety module's own
// subject (tested there and in the session's advice test), so here a narrow check stands in.
const safety: SafetyPort = {
  assess: (text, recent) => assessCrisis(text, { recent }),
  adviceFlags: (s) => (/\byou should (stop|double|skip)\b/i.test(s) ? ['change-medicine'] : []),
  isCrisisUnsafe: () => false,
  crisisWords: (level) => (level === 'crisis' ? 'I am so glad you told us. You matter. The lines on your screen are free and open now.' : 'That sounds really heavy.'),
  adviceRedirectWords: () => 'That is a question for your care team; let us share how it felt instead.',
};

/** Which member the prompt asks to speak. */
const speakerOf = (req: ScriptRequest): string => /NOW SPEAKING: ([^—\n]+?) —/.exec(req.prompt)?.[1]?.trim() ?? '?';

interface Setup {
  app: AppOverFake;
  repos: Repositories;
  session: GroupSession;
  events: { typing: string[]; crisis: string[]; failures: string[] };
}

async function setup(reply: (req: ScriptRequest) => string, opts: { format?: Group['format']; buddy?: boolean } = {}): Promise<Setup> {
  const app = await startAppOverFake({ reply });
  cleanups.push(() => app.close());
  const repos = openTestDatabase();
  const { group, members } = await repos.groups.create(
    { id: 'group-test-1', title: 'T2D', format: opts.format ?? 'condition', conditionId: 'type-2-diabetes', conditionLabel: 'Type 2 diabetes', seed: 3, topic: 'open', unsourced: false },
    cast,
  );
  const buddy = opts.buddy ? members.find((m) => m.persona.role === 'mirror') : undefined;
  const g: Group = buddy ? { ...group, buddyMemberId: buddy.id } : group;
  const events = { typing: [] as string[], crisis: [] as string[], failures: [] as string[] };
  const sink: SessionEvents = {
    typing: (id) => id && events.typing.push(id),
    crisis: (level) => events.crisis.push(level),
    failure: (code) => events.failures.push(code),
  };
  const session = new GroupSession(g, members, {
    repos,
    chat: app.api.llm.chat,
    safety,
    retrieve: (q) => (/stomach|metformin/i.test(q) ? [{ fact: gi, score: 5 }] : [{ fact: tired, score: 2 }]),
    events: sink,
    model: 'llama3.2:3b',
    numCtx: 4096,
    language: 'en',
    userLabel: 'New member',
    msPerChar: 0,
  });
  return { app, repos, session, events };
}

const texts = async (r: Repositories, members?: Member[]) => {
  const all = await r.messages.all('group-test-1');
  const names = new Map((members ?? (await r.groups.members('group-test-1'))).map((m) => [m.id, m.persona.name]));
  return all.map((m) => ({ who: m.author.kind === 'member' ? names.get(m.author.memberId) : m.author.kind, kind: m.kind, status: m.status, text: m.text, citations: m.citations.map((c) => c.factKey) }));
};

describe('GroupSession against the fake Ollama (real runtime, handlers, contract)', () => {
  it('opens with the facilitator’s check-in, then 1–3 peers answer with citations', async () => {
    const s = await setup(() => `I remember that feeling well. My stomach was rough on it too [1]. It settled after a few weeks for me.`);
    await s.session.open();
    await s.session.send('Metformin is wrecking my stomach, has anyone had that?');
    const log = await texts(s.repos);
    expect(log[0]).toMatchObject({ who: 'Jo B.', kind: 'check-in' });
    expect(log[1]).toMatchObject({ who: 'user' });
    const peers = log.slice(2);
    expect(peers.length).toBeGreaterThanOrEqual(1);
    expect(peers.length).toBeLessThanOrEqual(3);
    for (const p of peers) {
      expect(p.status).toBe('complete');
      expect(p.text).toContain('[1]');
      expect(p.citations).toEqual(['type-2-diabetes/metformin-gi']);
    }
  });

  it('routes a crisis without any model call, even with the model server gone', async () => {
    const s = await setup(() => 'should never be asked');
    await s.app.fake.close();
    await s.session.send("I can't do this anymore, I want to end my life tonight");
    const log = await texts(s.repos);
    expect(log.map((l) => l.who)).toEqual(['user', 'Jo B.']);
    expect(log[1]).toMatchObject({ kind: 'crisis-script' });
    expect(s.events.crisis).toEqual(['crisis']);
    expect(await s.repos.singletons.crisisState()).toMatchObject({ active: true });
    expect(s.session.paused).toBe(true);
  });

  it('cleans a model that speaks for other members and repeats its own name', async () => {
    const s = await setup((req) => `${speakerOf(req)}: Same here, honestly.\nJo B.: Thanks everyone!\nNew member: ok`);
    await s.session.send('I feel so tired all the time');
    const peers = (await texts(s.repos)).filter((l) => l.who !== 'user');
    expect(peers.length).toBeGreaterThan(0);
    for (const p of peers) expect(p.text).toBe('Same here, honestly.');
  });

  it('drops a citation number that points at no fact', async () => {
    const s = await setup(() => 'Walking after dinner helped me [7]. It really did.');
    await s.session.send('I feel so tired all the time');
    const peers = (await texts(s.repos)).filter((l) => l.who !== 'user');
    for (const p of peers) {
      expect(p.text).toBe('Walking after dinner helped me. It really did.');
      expect(p.citations).toEqual([]);
    }
  });

  it('retries an empty reply once, then leaves no empty message behind', async () => {
    let calls = 0;
    const s = await setup(() => (calls++ === 0 ? '' : '   '));
    await s.session.send('I feel so tired all the time');
    const log = await texts(s.repos);
    expect(log.filter((l) => l.who !== 'user')).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(2);
  });

  it('keeps a reply that stops mid-sentence (length limit) and the run-on is cut to a chat message', async () => {
    const essay = Array.from({ length: 2000 }, (_, i) => (i % 12 === 11 ? 'word.' : 'word')).join(' ');
    const s = await setup(() => essay);
    await s.session.send('I feel so tired all the time');
    const peers = (await texts(s.repos)).filter((l) => l.who !== 'user');
    expect(peers.length).toBeGreaterThan(0);
    for (const p of peers) {
      expect(p.text.length).toBeLessThan(1200);
      expect(p.status).toBe('complete');
    }
    expect(s.app.fake.stats.calls.every((c) => c.evalTokens <= 220)).toBe(true);
  });

  it('regenerates a reply that gave advice with a stricter prompt; twice flagged, the facilitator redirects', async () => {
    const s = await setup(() => 'Honestly, you should stop the metformin for a while.');
    await s.session.send('My stomach hates metformin');
    const log = await texts(s.repos);
    expect(log.some((l) => /you should stop/i.test(l.text))).toBe(false);
    expect(log.filter((l) => l.kind === 'advice-redirect').length).toBeGreaterThan(0);
    const stricter = s.app.fake.requests.filter((r) => r.path === '/api/chat' && JSON.stringify(r.body).includes('ONLY about your own experience'));
    expect(stricter.length).toBeGreaterThan(0);
  });

  it('a dropped connection mid-reply keeps what was released and marks it interrupted', async () => {
    const s = await setup(() => 'First thought here. Second thought here. Third thought here. Fourth thought is long.');
    s.app.fake.inject({ kind: 'drop-connection', afterTokens: 9 });
    await s.session.send('I feel so tired all the time');
    const peers = (await texts(s.repos)).filter((l) => l.who !== 'user');
    expect(peers[0]).toMatchObject({ status: 'interrupted' });
    expect(peers[0]?.text.startsWith('First thought here.')).toBe(true);
    expect(s.events.failures).toContain('connection-lost');
  });

  it('in a buddy chat only the buddy answers', async () => {
    const s = await setup((req) => `It is ${speakerOf(req)} here. I hear you.`, { format: 'buddy', buddy: true });
    await s.session.send('Rough day today.');
    const peers = (await texts(s.repos)).filter((l) => l.who !== 'user');
    expect(peers.map((p) => p.who)).toEqual(['Rosa M.']);
  });

  it('sends a medical question to the facilitator first', async () => {
    const s = await setup(() => 'I remember worrying about that too.');
    await s.session.send('Should I stop my metformin because of my stomach?');
    const log = await texts(s.repos);
    expect(log[1]).toMatchObject({ who: 'Jo B.', kind: 'medical-redirect' });
  });

  it('continues an interrupted reply, keeping its sentences, and regenerates a reply in place', async () => {
    let n = 0;
    const s = await setup(() => (n++ === 0 ? 'First thought here. Second thought here. Third thought here.' : 'And that is how it went.'));
    s.app.fake.inject({ kind: 'drop-connection', afterTokens: 9 });
    await s.session.send('I feel so tired all the time');
    const interrupted = (await s.repos.messages.all('group-test-1')).find((m) => m.status === 'interrupted')!;
    expect(interrupted.text).toBe('First thought here. Second thought here.');
    await s.session.continueReply(interrupted.id);
    const continued = await s.repos.messages.get(interrupted.id);
    expect(continued).toMatchObject({ status: 'complete', text: 'First thought here. Second thought here. And that is how it went.' });
    const continueRequest = s.app.fake.requests.filter((r) => r.path === '/api/chat').at(-1);
    expect(JSON.stringify(continueRequest?.body)).toContain('was cut off');
    s.app.fake.setReply('A fresh answer.');
    await s.session.regenerate(interrupted.id);
    expect(await s.repos.messages.get(interrupted.id)).toMatchObject({ status: 'complete', text: 'A fresh answer.' });
  });

  it('closes with the facilitator’s summary and a question about a next step', async () => {
    const s = await setup((req) => (speakerOf(req) === 'Jo B.' ? 'Thank you for sharing today. What small step will you take this week?' : 'I hear you.'));
    await s.session.send('I feel so tired all the time');
    await s.session.close();
    const last = (await texts(s.repos)).at(-1);
    expect(last).toMatchObject({ who: 'Jo B.', kind: 'close', text: 'Thank you for sharing today. What small step will you take this week?' });
  });

  it('summarises older messages once the window moves, and later prompts carry the summary', async () => {
    const s = await setup((req) => (req.messages[0]?.content.startsWith('You keep the notes') ? 'Rosa and Dee talked about tiredness.' : 'I know that tiredness well, it wears you down.'));
    const small = new GroupSession(s.session.group, await s.repos.groups.members('group-test-1'), {
      repos: s.repos, chat: s.app.api.llm.chat, safety, retrieve: () => [], events: { typing: () => {}, crisis: () => {}, failure: () => {} },
      model: 'llama3.2:3b', numCtx: 1700, language: 'en', userLabel: 'New member', msPerChar: 0,
    });
    for (let i = 0; i < 12; i++) await small.send(`Message number ${i}: I have been feeling tired and low again this week, and work is hard.`);
    const summary = await s.repos.journal.latestSummary('group-test-1');
    expect(summary?.text).toBe('Rosa and Dee talked about tiredness.');
    const lastPrompt = s.app.fake.requests.filter((r) => r.path === '/api/chat').map((r) => JSON.stringify(r.body)).filter((b) => b.includes('NOW SPEAKING')).at(-1);
    expect(lastPrompt).toContain('EARLIER IN THIS GROUP (summary)');
  });

  it('asks the optional guard model about an ambiguous message and routes to crisis when it says so', async () => {
    const s = await setup(() => 'A peer reply.');
    const asked: string[] = [];
    const guarded = new GroupSession(s.session.group, await s.repos.groups.members('group-test-1'), {
      repos: s.repos, chat: s.app.api.llm.chat, retrieve: () => [], events: { typing: () => {}, crisis: (level) => s.events.crisis.push(level), failure: () => {} },
      safety: { ...safety, secondOpinion: async (text) => { asked.push(text); return { level: 'crisis', categories: ['suicide'] }; } },
      model: 'llama3.2:3b', numCtx: 4096, language: 'en', userLabel: 'New member', msPerChar: 0,
    });
    await guarded.send('everything feels pointless lately');
    expect(asked).toHaveLength(1);
    expect(s.events.crisis).toEqual(['crisis']);
    expect((await texts(s.repos)).map((l) => l.kind)).toEqual(['chat', 'crisis-script']);
  });

  it('invites the user after a quiet spell, once', async () => {
    const s = await setup(() => 'A peer reply.');
    await s.session.open();
    await s.session.inviteAfterSilence();
    await s.session.inviteAfterSilence();
    const log = await texts(s.repos);
    expect(log.map((l) => l.kind)).toEqual(['check-in', 'chat']);
    expect(log[1]?.who).toBe('Jo B.');
  });

  it('uses a topic chosen after the session started', async () => {
    const s = await setup(() => 'A peer reply.');
    s.session.updateGroup({ ...s.session.group, topic: 'work' });
    await s.session.send('It has been a long week');
    const prompt = s.app.fake.requests.filter((r) => r.path === '/api/chat').map((r) => JSON.stringify(r.body)).at(-1);
    expect(prompt).toContain('Session focus: work');
  });

  it('routes a crisis sent while peers are still replying, and stops the running reply', async () => {
    const s = await setup(() => 'One thought here. Another thought here. A third thought here. A fourth thought here.');
    s.app.fake.setSpeed({ genTokensPerSec: 20 });
    const turn = s.session.send('I feel so tired all the time');
    await new Promise((r) => setTimeout(r, 300));
    expect(s.session.isBusy).toBe(true);
    await s.session.send('I want to kill myself tonight');
    await turn;
    const log = await texts(s.repos);
    expect(s.events.crisis).toEqual(['crisis']);
    expect(log.at(-1)).toMatchObject({ who: 'Jo B.', kind: 'crisis-script' });
    expect(log.filter((l) => l.kind === 'chat' && l.who !== 'user' && l.status === 'streaming')).toEqual([]);
  });

  it('answers a message sent during a turn once that turn ends', async () => {
    const s = await setup(() => 'I hear you, that sounds hard.');
    s.app.fake.setSpeed({ genTokensPerSec: 60 });
    const first = s.session.send('I feel so tired all the time');
    await new Promise((r) => setTimeout(r, 100));
    await s.session.send('And I cannot sleep either');
    await first;
    await vi.waitUntil(() => !s.session.isBusy, { timeout: 10_000 });
    const log = await texts(s.repos);
    const lastUser = log.map((l) => l.who).lastIndexOf('user');
    expect(log[lastUser]?.text).toBe('And I cannot sleep either');
    expect(log.slice(lastUser + 1).length).toBeGreaterThan(0);
  });

  it('"anyone else?" after a crisis never sends the crisis message to the model', async () => {
    const s = await setup(() => 'A peer reply.');
    await s.session.send("I don't want to be alive anymore");
    s.session.resume();
    const before = s.app.fake.requests.length;
    await s.session.anyoneElse();
    expect(s.app.fake.requests.length).toBe(before);
  });
});

