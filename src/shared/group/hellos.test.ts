import { describe, expect, it } from 'vitest';
import { safetyPort } from './session/safetyPort';
import { ALL_HELLOS, firstHellos, ONE_TO_ONE_HELLOS, type HelloCandidate } from './hellos';
import { ReplyGuard } from './replyGuard';

const peers: HelloCandidate[] = [
  { id: 'm', role: 'mirror', name: 'Rosa M.' },
  { id: 'v', role: 'veteran', name: 'Dee K.' },
  { id: 'n', role: 'navigator', name: 'Sam T.' },
  { id: 'a', role: 'ally', name: 'Ana P.' },
  { id: 's', role: 'specialist', name: 'Omar R.' },
];

/** The reply guard a model-written reply meets, with no facts to cite and a treatment name to catch claims. */
const guardEvents = (text: string) => {
  const guard = new ReplyGuard({ speaker: { speaker: 'Rosa M.', others: ['Dee K.', 'New member'] }, facts: [], treatmentNames: ['metformin'], checks: safetyPort });
  return [...guard.push(text), ...guard.end()];
};

describe('first hellos', () => {
  it('one or two peers in a group, a warm role first, never the same words twice, named by first name', () => {
    const counts = new Set<number>();
    for (let seed = 0; seed < 200; seed += 1) {
      const hellos = firstHellos(peers, 'en', seed, false);
      counts.add(hellos.length);
      expect(['m', 'a']).toContain(hellos[0]?.memberId);
      expect(new Set(hellos.map((h) => h.memberId)).size).toBe(hellos.length);
      expect(new Set(hellos.map((h) => h.text.replace(/Rosa|Dee|Sam|Ana|Omar/, ''))).size).toBe(hellos.length);
      for (const h of hellos) expect(h.text).toContain(peers.find((p) => p.id === h.memberId)!.name.split(' ')[0]);
    }
    expect([...counts].sort()).toEqual([1, 2]);
  });

  it('varies between groups and is the same for the same seed', () => {
    const texts = new Set(Array.from({ length: 40 }, (_, seed) => firstHellos(peers, 'es', seed, false)[0]!.text.replace(/Rosa|Ana/, '')));
    expect(texts.size).toBeGreaterThanOrEqual(6);
    expect(firstHellos(peers, 'en', 7, false)).toEqual(firstHellos(peers, 'en', 7, false));
  });

  it('is the buddy alone in a one-to-one chat, speaking of the two of them', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const hellos = firstHellos([peers[0]!], 'en', seed, true);
      expect(hellos).toHaveLength(1);
      expect(ONE_TO_ONE_HELLOS.en.map((t) => t.replace('{name}', 'Rosa'))).toContain(hellos[0]?.text);
    }
    expect(firstHellos([], 'en', 1, true)).toEqual([]);
  });

  it('every hello passes the reply guard as a model reply would, and claims no fact', () => {
    for (const language of ['en', 'es'] as const) {
      for (const template of ALL_HELLOS[language]) {
        const text = template.replace('{name}', 'Rosa');
        const events = guardEvents(text);
        expect(events.every((e) => e.kind === 'release'), `${language}: ${text}`).toBe(true);
        expect(events.map((e) => (e.kind === 'release' ? e.text : '')).join(' ')).toBe(text);
        // No numbers, no treatments, no symptoms: a greeting states nothing about health.
        expect(text).not.toMatch(/\d|medic|treat|tratamiento|diagnos|symptom|síntoma|pain|dolor|tired|cansad/i);
      }
    }
  });
});
