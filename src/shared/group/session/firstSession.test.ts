// A group's first session opens on people: the facilitator's welcome, then one or two peers' scripted
// hellos (the buddy alone in a one-to-one chat), with no model call, also while no model is ready.
import { afterEach, describe, expect, it } from 'vitest';
import { judged } from '@tests/fake-ollama';
import { startSessionRig, type RigOptions, type SessionRig } from '@tests/support/sessionRig';

const rigs: SessionRig[] = [];
afterEach(async () => {
  while (rigs.length) await rigs.pop()!.close();
});

async function setup(options: RigOptions = {}): Promise<SessionRig> {
  const rig = await startSessionRig({ ...options, fake: { reply: judged({ reply: () => 'I hear you, that sounds hard.' }) } });
  rigs.push(rig);
  return rig;
}

describe('the first session', () => {
  it('opens with the facilitator, then one or two peers say hello, with no model call', async () => {
    const s = await setup({ model: 'none' });
    await s.session.open();
    const log = s.log();
    expect(log[0]).toMatchObject({ who: 'Jo B.', kind: 'check-in' });
    const hellos = log.slice(1);
    expect(hellos.length).toBeGreaterThanOrEqual(1);
    expect(hellos.length).toBeLessThanOrEqual(2);
    for (const h of hellos) {
      expect(h).toMatchObject({ kind: 'hello', status: 'complete', citations: [] });
      expect(h.who).not.toBe('Jo B.');
      expect(h.text).toContain(h.who.split(' ')[0]);
    }
    expect(s.chatBodies()).toEqual([]);
    // Opening again (a reopen) says nothing more.
    await s.session.open();
    expect(s.log()).toHaveLength(log.length);
  });

  it('a one-to-one chat opens on the two of them: the facilitator names the buddy, the buddy alone says hello', async () => {
    const s = await setup({ format: 'buddy', buddy: true });
    await s.session.open();
    const log = s.log();
    expect(log.map((l) => [l.who, l.kind])).toEqual([
      ['Jo B.', 'check-in'],
      ['Rosa M.', 'hello'],
    ]);
    expect(log[0]?.text).toMatch(/Rosa/);
    expect(log[0]?.text).not.toMatch(/everyone|group/i);
  });

  it('a crisis written during the hellos opens the panel at once and the hellos stop', async () => {
    const s = await setup({ model: 'none' });
    const opening = s.session.open();
    await s.session.send('I want to kill myself tonight');
    await opening;
    expect(s.events.crisis).toEqual(['crisis']);
    const afterCrisis = s.log().slice(s.log().findIndex((l) => l.who === 'user'));
    expect(afterCrisis.some((l) => l.kind === 'hello')).toBe(false);
  });
});
