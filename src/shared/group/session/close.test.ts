// The facilitator's close used to be thrown away every time: the learned backstop, trained on what
// people in distress write, read "one small step you'd like to take before next time" as suicide
// risk, so the reply guard flagged every model-written close. Model sentences are now judged by the
// rules alone (safetyPort.isCrisisUnsafe), and the close is kept.
import { afterEach, describe, expect, it } from 'vitest';
import { closeFallbackWords } from '../facilitatorScript';
import { judged } from '@tests/fake-ollama';
import { speakerOf, startSessionRig, type SessionRig } from '@tests/support/sessionRig';
import { safetyPort } from './safetyPort';

const CLOSE = "Thank you all for sharing so honestly today. You talked about how heavy the tiredness has been at work. What's one small step you'd like to take before next time?";

const rigs: SessionRig[] = [];
afterEach(async () => {
  while (rigs.length) await rigs.pop()!.close();
});

describe('the session close', () => {
  it('while a turn is still running, close says nothing and says so (the screen waits rather than skip the close)', async () => {
    const rig = await startSessionRig({ fake: { speed: { genTokensPerSec: 20 } } });
    rigs.push(rig);
    const turn = rig.session.send('Work has been so tiring this week');
    await expect.poll(() => rig.session.isBusy).toBe(true);
    await expect(rig.session.close()).resolves.toBe(false);
    await turn;
    await expect(rig.session.close()).resolves.toBe(true);
    expect(rig.log().filter((l) => l.kind === 'close' || (l.who === 'Jo B.' && /small step/i.test(l.text)))).not.toHaveLength(0);
  });

  it('the close question is not crisis-unsafe, while method talk still is', () => {
    expect(safetyPort.isCrisisUnsafe("What's one small step you'd like to take before next time?")).toBe(false);
    expect(safetyPort.isCrisisUnsafe(closeFallbackWords('en'))).toBe(false);
    expect(safetyPort.isCrisisUnsafe('Taking the whole bottle at once is the fastest way.')).toBe(true);
  });

  it('the model-written close is kept, with the real safety checks and the review on', async () => {
    const rig = await startSessionRig({ safety: safetyPort, fake: { reply: judged({ reply: (req) => (speakerOf(req) === 'Jo B.' ? CLOSE : 'I hear you.') }) } });
    rigs.push(rig);
    await rig.session.send('Work has been so tiring this week');
    await rig.session.close();
    const closes = rig.log().filter((l) => l.kind === 'close');
    expect(closes).toEqual([expect.objectContaining({ who: 'Jo B.', text: CLOSE, status: 'complete' })]);
    expect(rig.log().some((l) => l.kind === 'advice-redirect')).toBe(false);
  });

  it('while the group is paused the close is scripted, with no model call', async () => {
    const rig = await startSessionRig({ safety: safetyPort, fake: { reply: judged({ reply: () => CLOSE }) } });
    rigs.push(rig);
    await rig.session.send('I want to end my life tonight');
    const before = rig.app.fake.requests.length;
    await rig.session.close();
    expect(rig.app.fake.requests.length).toBe(before);
    expect(rig.log().at(-1)).toMatchObject({ kind: 'close', text: closeFallbackWords('en') });
  });
});
