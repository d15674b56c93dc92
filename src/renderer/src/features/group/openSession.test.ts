// The screen's open-then-warm over a real session, runtime and the fake Ollama.
import { afterEach, describe, expect, it } from 'vitest';
import { judged } from '@tests/fake-ollama';
import { startSessionRig, type SessionRig } from '@tests/support/sessionRig';
import { openThenWarm } from './openSession';

const rigs: SessionRig[] = [];
afterEach(async () => {
  while (rigs.length) await rigs.pop()!.close();
});

async function rig(): Promise<SessionRig> {
  const r = await startSessionRig({ fake: { reply: judged({ reply: () => 'Same here, honestly.' }) } });
  rigs.push(r);
  return r;
}

describe('openThenWarm', () => {
  it('stores the check-in, then warms the prompt cache, without reporting a failure', async () => {
    const r = await rig();
    let failed = 0;
    await openThenWarm(r.session, () => void failed++);
    expect(r.log()[0]).toMatchObject({ who: 'Jo B.', kind: 'check-in' });
    expect(r.app.fake.stats.calls.at(-1)!.evalTokens).toBeLessThanOrEqual(1);
    expect(failed).toBe(0);
  });

  it('reports a storage failure during the check-in instead of rejecting, and does not warm', async () => {
    const r = await rig();
    r.store.messages.count = () => Promise.reject(new Error('database closed'));
    let failed = 0;
    const before = r.app.fake.requests.length;
    await expect(openThenWarm(r.session, () => void failed++)).resolves.toBeUndefined();
    expect(failed).toBe(1);
    expect(r.app.fake.requests.length).toBe(before);
  });
});
