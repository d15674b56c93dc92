import { describe, expect, it } from 'vitest';
import { planTurn, findMentions, type PlanInput, type PlannerMember, type ScoredFact } from './turnPlanner';
import { cast, fact } from '@tests/support/groupFixtures';

const members: PlannerMember[] = cast.map((persona) => ({ id: persona.id, persona, muted: false }));
const gi = fact('metformin-gi', 'Metformin often upsets the stomach at first.', 'side-effect');
const tired = fact('exp-tired', 'Many people with type 2 diabetes feel tired.', 'experience');
const cure = fact('overview-lifelong', 'Type 2 diabetes is a lifelong condition.', 'overview');

/** Seeded PRNG so plans are repeatable. */
const seeded = (seed: number) => () => {
  seed = (seed * 1664525 + 1013904223) % 4294967296;
  return seed / 4294967296;
};
const retrieve = (query: string): ScoredFact[] => {
  const q = query.toLowerCase();
  const out: ScoredFact[] = [];
  if (q.includes('metformin') || q.includes('stomach')) out.push({ fact: gi, score: 5 });
  if (q.includes('tired')) out.push({ fact: tired, score: 4 });
  if (q.includes('cur')) out.push({ fact: cure, score: 3 });
  return out;
};
const plan = (message: string, extra: Partial<PlanInput> = {}) =>
  planTurn({ message, members, previousTurns: [], retrieve, random: seeded(1), ...extra });

describe('planTurn', () => {
  it('lets one to three peers answer, never the facilitator, never a muted peer', () => {
    for (let seed = 1; seed < 60; seed++) {
      const muted = members.map((m) => (m.id === 'p-ally' ? { ...m, muted: true } : m));
      const p = planTurn({ message: 'I have been so tired since starting this, does it get better?', members: muted, previousTurns: [], retrieve, random: seeded(seed) });
      expect(p.speakers.length).toBeGreaterThanOrEqual(1);
      expect(p.speakers.length).toBeLessThanOrEqual(3);
      expect(p.speakers.map((s) => s.memberId)).not.toContain('p-facilitator');
      expect(p.speakers.map((s) => s.memberId)).not.toContain('p-ally');
      expect(new Set(p.speakers.map((s) => s.memberId)).size).toBe(p.speakers.length);
    }
  });

  it('answers named members first', () => {
    const p = plan('Dee, how did you cope in the first year? And @Ana?');
    expect(p.speakers.map((s) => s.memberId)).toEqual(['p-veteran', 'p-ally']);
    expect(p.speakers.every((s) => s.addressed)).toBe(true);
    expect(findMentions('thanks omar!', members)).toEqual(['p-specialist']);
  });

  it('brings in the peer whose lived experience fits (the metformin specialist)', () => {
    const p = plan('Metformin is wrecking my stomach, has anyone had that?');
    expect(p.speakers[0]?.memberId).toBe('p-specialist');
    expect(p.facts.map((f) => f.key)).toContain('type-2-diabetes/metformin-gi');
  });

  it('gives speakers different support functions', () => {
    const p = plan('I feel so alone and I do not know how to tell my boss, has anyone been through this?');
    const fns = p.speakers.map((s) => s.supportFunction);
    expect(new Set(fns).size).toBe(fns.length);
  });

  it('"anyone else?" brings in someone who did not just speak', () => {
    const last = ['p-specialist', 'p-mirror'];
    for (let seed = 1; seed < 30; seed++) {
      const p = planTurn({ message: 'Anyone else?', members, previousTurns: [last], retrieve, random: seeded(seed) });
      for (const s of p.speakers) expect(last).not.toContain(s.memberId);
    }
  });

  it('balances the group over many turns: nobody dominates or vanishes', () => {
    const counts = new Map<string, number>();
    const turns: string[][] = [];
    const random = seeded(42);
    const messages = ['I feel tired', 'Is it normal?', 'How do I tell people?', 'Thanks, that helps a lot actually', 'What about food?'];
    for (let i = 0; i < 60; i++) {
      const p = planTurn({ message: messages[i % messages.length]!, members, previousTurns: turns, retrieve, random });
      const ids = p.speakers.map((s) => s.memberId);
      turns.push(ids);
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const values = [...counts.values()];
    expect(counts.size).toBe(5);
    expect(Math.max(...values) / Math.min(...values)).toBeLessThan(2.5);
  });

  it('sends medical questions to the facilitator first, and peers share experience only', () => {
    const p = plan('Should I stop my metformin because of my stomach?');
    expect(p.facilitator).toEqual({ kind: 'medical-redirect' });
    expect(p.speakers.length).toBeLessThanOrEqual(2);
    expect(p.speakers.map((s) => s.supportFunction)).not.toContain('informational');
  });

  it('has the facilitator correct a claim that a pack fact contradicts, offering that fact first', () => {
    const p = plan('My cousin says diabetes is curable if you eat cinnamon');
    expect(p.facilitator).toMatchObject({ kind: 'correction', fact: { key: 'type-2-diabetes/overview-lifelong' } });
    expect(p.facts[0]?.key).toBe('type-2-diabetes/overview-lifelong');
  });

  it('steps in on hostility with one calm peer', () => {
    const p = plan('shut up, you are all fake');
    expect(p.facilitator).toEqual({ kind: 'conflict' });
    expect(p.speakers).toHaveLength(1);
  });

  it('lets a later peer answer an earlier one sometimes, never two turns running', () => {
    let some = 0;
    for (let seed = 1; seed < 200; seed++) {
      const p = planTurn({ message: 'Has anyone found a way to cope with the tiredness?', members, previousTurns: [], retrieve, random: seeded(seed) });
      if (p.speakers.some((s) => s.replyToMemberId)) some++;
      expect(p.speakers.filter((s) => s.replyToMemberId).length).toBeLessThanOrEqual(1);
      const again = planTurn({ message: 'Has anyone found a way to cope with the tiredness?', members, previousTurns: [], retrieve, random: seeded(seed), previousHadPeerToPeer: true });
      expect(again.speakers.some((s) => s.replyToMemberId)).toBe(false);
    }
    expect(some).toBeGreaterThan(10);
    expect(some).toBeLessThan(120);
  });

  it('in a buddy chat only the buddy answers', () => {
    const p = plan('I had a rough day', { buddyMemberId: 'p-mirror' });
    expect(p.speakers.map((s) => s.memberId)).toEqual(['p-mirror']);
  });

  it('is deterministic for the same seed', () => {
    expect(plan('I feel tired and alone')).toEqual(plan('I feel tired and alone'));
  });

  it('asks retrieval about what was just said, with the conversation before it apart', () => {
    const asked: Array<[string, string | undefined]> = [];
    plan('so tired today', { context: 'Welcome to the group, everyone.', retrieve: (q, _limit, before) => (asked.push([q, before]), []) });
    expect(asked[0]).toEqual(['so tired today', 'Welcome to the group, everyone.']);
  });

  it('never offers a dosing fact for a medicine the person did not name, whatever retrieval returns', () => {
    const withMeal: ScoredFact = { fact: { ...fact('metformin-food', 'The NHS says metformin is best taken with a meal.', 'self-management'), treatmentId: 'metformin', treatmentName: 'Metformin' }, score: 9 };
    const always = (): ScoredFact[] => [withMeal, { fact: tired, score: 4 }];
    expect(plan('I am so tired all the time', { retrieve: always }).facts.map((f) => f.id)).toEqual(['exp-tired']);
    expect(plan('do you take metformin with a meal?', { retrieve: always }).facts.map((f) => f.id)).toEqual(['metformin-food', 'exp-tired']);
  });
});
