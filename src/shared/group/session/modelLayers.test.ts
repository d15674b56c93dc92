// The model as a second layer, every branch through the real engine and the fake server's scripted
// judge: the triage raises or fails open (malformed, cut off, slow, stuck — and a stuck call is
// cancelled); the review holds or fails closed; both only ever add caution.
import { afterEach, describe, expect, it } from 'vitest';
import { holdMatching, judged, triageAnswer, type JudgeBehaviour, type JudgeScript, type ScriptRequest } from '@tests/fake-ollama';
import { speakerOf, startSessionRig, type RigOptions, type SessionRig } from '@tests/support/sessionRig';

const rigs: SessionRig[] = [];
afterEach(async () => {
  while (rigs.length) await rigs.pop()!.close();
});

async function setup(judge: Partial<Omit<JudgeScript, 'reply'>>, reply: (req: ScriptRequest) => string, options: RigOptions = {}) {
  const rig = await startSessionRig({ ...options, fake: { reply: judged({ ...judge, reply }), ...options.fake } });
  rigs.push(rig);
  return rig;
}

const peerReplies = (rig: SessionRig) => rig.log().filter((l) => l.who !== 'user' && l.who !== 'Jo B.' && l.kind === 'chat');
const stricterRequests = (rig: SessionRig) => rig.chatBodies().filter((b) => b.includes('ONLY about your own experience'));
const NICE = 'I know that tiredness well. Short walks helped me a little.';

describe('model triage (fails open)', () => {
  it.each<[string, JudgeBehaviour, string]>([
    ['malformed JSON', { kind: 'malformed' }, 'malformed'],
    ['an answer cut off by num_predict', { kind: 'truncated' }, 'malformed'],
  ])('%s: the deterministic decision stands and the group answers', async (_, behaviour, outcome) => {
    const rig = await setup({ triage: behaviour }, () => NICE);
    await rig.session.send('I feel so tired all the time');
    expect(peerReplies(rig).length).toBeGreaterThan(0);
    expect(rig.events.checks.find((c) => c.kind === 'triage')?.outcome).toBe(outcome);
  });

  it('slow but in time: its reading counts', async () => {
    const rig = await setup({ triage: { kind: 'slow', ms: 300, json: { risk: 'unclear', emergency: false, medical: false, addressed: [] } } }, () => NICE);
    await rig.session.send('today was a lot');
    expect(rig.session.safety.state).toBe('asking');
  });

  it('stuck: cancelled at its deadline, so the one model slot is free for the peers at once', async () => {
    const rig = await setup({ triage: { kind: 'timeout' } }, () => NICE, { layers: { triageTimeoutMs: 400 } });
    const started = performance.now();
    await rig.session.send('I feel so tired all the time');
    expect(peerReplies(rig).length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(rig.events.checks.find((c) => c.kind === 'triage')).toMatchObject({ outcome: 'timeout' });
    expect(rig.app.fake.stats.calls.some((c) => c.outcome === 'aborted')).toBe(true);
  });

  it('adds a medical question the patterns missed, and never takes one away (a model that leaves the field out or says no)', async () => {
    const asked = await setup({ triage: triageAnswer({ medical: true }) }, () => NICE);
    await asked.session.send('my sugar numbers were 190 this morning, what does that say about me');
    expect(asked.log()[1]).toMatchObject({ who: 'Jo B.', kind: 'medical-redirect' });
    for (const triage of [triageAnswer({ medical: false }), triageAnswer({})]) {
      const rig = await setup({ triage }, () => NICE);
      await rig.session.send('Should I stop my metformin because of my stomach?');
      expect(rig.log().some((l) => l.kind === 'medical-redirect')).toBe(true);
    }
  });

  it('says whom the person addressed: that member answers', async () => {
    const rig = await setup({ triage: triageAnswer({ addressed: ['Omar'] }) }, (req) => `It is ${speakerOf(req)}. I hear you.`);
    await rig.session.send('how did you find the first weeks?');
    expect(peerReplies(rig)[0]?.who).toBe('Omar H.');
  });
});

describe('model review (fails closed)', () => {
  it('passes a reply: it is shown whole, once', async () => {
    const rig = await setup({}, () => NICE);
    await rig.session.send('I feel so tired all the time');
    expect(peerReplies(rig)[0]?.text).toBe(NICE);
    expect(rig.events.checks.filter((c) => c.kind === 'review').every((c) => c.outcome === 'pass')).toBe(true);
  });

  it('holds a reply the deterministic guard passed: regenerated once, stricter, and the held words are never shown', async () => {
    let n = 0;
    const rig = await setup({ review: holdMatching(/nobody at the clinic/, 'discourage') }, () => (n++ === 0 ? 'I get that. Honestly nobody at the clinic will listen anyway.' : NICE));
    await rig.session.send('I feel so tired all the time');
    expect(rig.log().some((l) => /nobody at the clinic/.test(l.text))).toBe(false);
    expect(stricterRequests(rig).length).toBe(1);
    expect(peerReplies(rig)[0]?.text).toBe(NICE);
  });

  it('holds twice: the facilitator’s redirect takes the reply’s place', async () => {
    // Phrased so only the review sees it as claiming to be human (the deterministic guard holds plain denials itself).
    const rig = await setup({ review: holdMatching(/come round/, 'human') }, () => 'I can come round to yours after work. I live near you.');
    await rig.session.send('I feel so tired all the time');
    expect(rig.log().some((l) => /come round/.test(l.text))).toBe(false);
    expect(rig.log().some((l) => l.kind === 'advice-redirect')).toBe(true);
  });

  it.each<[string, JudgeBehaviour]>([
    ['malformed', { kind: 'malformed' }],
    ['stuck', { kind: 'timeout' }],
  ])('%s review: the reply is not shown; one stricter regeneration is judged by the deterministic guard alone', async (_, behaviour) => {
    let n = 0;
    const rig = await setup({ review: behaviour }, () => (n++ === 0 ? 'First draft here.' : NICE), { layers: { reviewTimeoutMs: 400 } });
    await rig.session.send('I feel so tired all the time');
    const replies = peerReplies(rig);
    expect(replies.some((r) => r.text === 'First draft here.')).toBe(false);
    expect(replies[0]?.text).toBe(NICE);
    expect(stricterRequests(rig).length).toBeGreaterThan(0);
    const reviews = rig.events.checks.filter((c) => c.kind === 'review');
    expect(reviews[0]?.outcome).toBe(behaviour.kind === 'malformed' ? 'malformed' : 'timeout');
  });

  it('reviews the facilitator’s close too; held twice, the scripted close is said instead', async () => {
    const rig = await setup({ review: holdMatching(/skip your next appointment/, 'discourage') }, (req) => (speakerOf(req) === 'Jo B.' ? 'Thank you all. Maybe skip your next appointment if it feels like too much.' : NICE));
    await rig.session.send('I feel so tired all the time');
    await rig.session.close();
    const close = rig.log().filter((l) => l.kind === 'close');
    expect(close).toHaveLength(1);
    expect(close[0]?.text).not.toMatch(/skip your next appointment/);
  });

  it('a summary sentence the review holds never goes back into a prompt', async () => {
    const rig = await setup(
      { review: holdMatching(/double the dose/) },
      (req) => (req.messages.at(-1)?.content.includes("you keep the group's notes") ? 'Rosa talked about tiredness. Dee said to double the dose.' : NICE),
      { numCtx: 2600 },
    );
    for (let i = 0; i < 14; i++) await rig.session.send(`Message ${i}: I have been feeling tired and low again this week, and work is hard.`);
    const summary = await rig.store.journal.latestSummary('group-test-1');
    expect(summary?.text).toBe('Rosa talked about tiredness.');
    expect(rig.chatBodies().filter((b) => b.includes('NOW SPEAKING')).some((b) => b.includes('double the dose'))).toBe(false);
  });
});
