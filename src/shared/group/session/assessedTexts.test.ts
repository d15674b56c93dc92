// The gate reads only what the person wrote: the app's own scripted words (the crisis script, the
// direct question, its replies, the apology after a misread, the facilitator's moves) are never
// assessed as if the person had written them, neither as the message nor among the recent ones.
import { afterEach, describe, expect, it } from 'vitest';
import { startSessionRig, testSafety, type SessionRig } from '@tests/support/sessionRig';
import type { SafetyPort } from './ports';

const rigs: SessionRig[] = [];
afterEach(async () => {
  while (rigs.length) await rigs.pop()!.close();
});

describe('what the gate assesses', () => {
  it('through a crisis, the question, its answers, a misread and a return: only the person’s own words', async () => {
    const seen: string[] = [];
    const spying: SafetyPort = {
      ...testSafety,
      assess: (text, recent) => {
        seen.push(text, ...recent);
        return testSafety.assess(text, recent);
      },
    };
    const rig = await startSessionRig({ safety: spying });
    rigs.push(rig);
    const written = ['I feel so tired all the time', 'everything feels pointless lately', 'No', 'I want to end my life tonight'];
    await rig.session.send(written[0]!);
    await rig.session.send(written[1]!);
    expect(rig.session.safety.state).toBe('asking');
    await rig.session.send(written[2]!);
    await rig.session.send(written[3]!);
    expect(rig.session.safety.state).toBe('paused');
    await rig.session.misread();
    await rig.session.send('thanks, that was a misread');
    written.push('thanks, that was a misread');

    const scripted = rig.log().filter((m) => m.who !== 'user').map((m) => m.text);
    expect(scripted.length).toBeGreaterThan(3);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((text) => written.includes(text))).toBe(true);
    expect(seen.some((text) => scripted.includes(text))).toBe(false);
  });
});
