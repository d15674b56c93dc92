import { describe, expect, it } from 'vitest';
import type { FlatFact } from '../knowledge/flattenPack';
import { ReplyGuard, type GuardEvent, type SentenceChecks } from './replyGuard';

const fact: FlatFact = {
  key: 't2d/gi', packId: 't2d', packName: 'Type 2 diabetes', origin: 'bundled', id: 'gi', kind: 'side-effect',
  text: 'Metformin can upset the stomach.',
  sources: [{ id: 's', title: 'Metformin', publisher: 'NHS', url: 'https://www.nhs.uk/medicines/metformin/', checked: '2026-11-21' }],
};

// A deliberately simple stand-in for the safety module's advice guard: these tests are about the
// pipeline (what is released, held, flagged, stopped), not about advice detection itself.
const checks: SentenceChecks = {
  adviceFlags: (s) => (/\byou should (stop|take|double)\b/i.test(s) ? ['change-medicine'] : []),
  isCrisisUnsafe: (s) => /\bhow many pills\b/i.test(s),
};

function run(text: string, chunk = 4) {
  const guard = new ReplyGuard({ speaker: { speaker: 'Rosa M.', others: ['Dee K.', 'You'] }, facts: [fact], treatmentNames: ['metformin'], checks });
  const events: GuardEvent[] = [];
  for (let i = 0; i < text.length && !guard.isFinished; i += chunk) events.push(...guard.push(text.slice(i, i + chunk)));
  events.push(...guard.end());
  return events;
}
const released = (events: GuardEvent[]) => events.flatMap((e) => (e.kind === 'release' ? [e.text] : []));

describe('ReplyGuard', () => {
  it('releases clean sentences with their citations', () => {
    const events = run('I remember that. It upset my stomach too [1]. Food helped me.');
    expect(released(events)).toEqual(['I remember that.', 'It upset my stomach too [1].', 'Food helped me.']);
    expect(events.find((e) => e.kind === 'release' && e.citations.length)).toMatchObject({ citations: [{ factKey: 't2d/gi' }] });
  });
  it('strips the speaker’s own name prefix', () => {
    expect(released(run('Rosa M.: Oh, I know that feeling.'))).toEqual(['Oh, I know that feeling.']);
    expect(released(run('Rosa M.: Oh, I know that feeling.', 1))).toEqual(['Oh, I know that feeling.']);
    expect(released(run('Ok.', 1))).toEqual(['Ok.']);
  });
  it('flags advice and releases nothing after it', () => {
    const events = run('I get it. You should stop the metformin for a week. Then see.');
    expect(released(events)).toEqual(['I get it.']);
    expect(events.at(-1)).toMatchObject({ kind: 'flag', reason: 'advice' });
  });
  it('flags advice split across two sentences', () => {
    // A check that only sees advice when the medicine and the instruction are read together.
    const together: SentenceChecks = { adviceFlags: (s) => (/metformin/i.test(s) && /\bstop it\b/i.test(s) ? ['change-medicine'] : []), isCrisisUnsafe: () => false };
    const guard = new ReplyGuard({ speaker: { speaker: 'Rosa M.', others: [] }, facts: [], treatmentNames: [], checks: together });
    const events = [...guard.push('Metformin is the one I mean. Stop it for a week. '), ...guard.end()];
    expect(released(events)).toEqual(['Metformin is the one I mean.']);
    expect(events.at(-1)).toMatchObject({ kind: 'flag', reason: 'advice' });
  });
  it('flags crisis-unsafe content', () => {
    expect(run('How many pills did you take?').at(-1)).toMatchObject({ kind: 'flag', reason: 'unsafe' });
  });
  it('cuts the reply where the model starts speaking for another member', () => {
    const events = run('Same here, honestly.\nDee: And me!\nYou: thanks');
    expect(released(events)).toEqual(['Same here, honestly.']);
    expect(events.at(-1)).toEqual({ kind: 'stop', reason: 'other-speaker' });
  });
  it('holds back an uncited statistic but keeps the rest of the reply', () => {
    const events = run('About 80% of people quit it. It was rough for me.');
    expect(released(events)).toEqual(['It was rough for me.']);
    expect(events).toContainEqual({ kind: 'hold', reason: 'unsourced-claim' });
  });
  it('drops citation numbers that point at no fact', () => {
    expect(released(run('Walking helped me [4].'))).toEqual(['Walking helped me.']);
  });
  it('stops a run-on reply after the sentence limit', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} here.`).join(' ');
    const events = run(long);
    expect(released(events)).toHaveLength(5);
    expect(events.at(-1)).toEqual({ kind: 'stop', reason: 'run-on' });
  });
  it('releases an unfinished last sentence when the stream ends (stopped mid-sentence)', () => {
    expect(released(run('It was hard. Then I started walking every'))).toEqual(['It was hard.', 'Then I started walking every']);
  });
  it('drops a trailing half-sentence when the stream broke or hit its length limit', () => {
    const guard = new ReplyGuard({ speaker: { speaker: 'Rosa M.', others: [] }, facts: [fact], treatmentNames: [], checks });
    const events = [...guard.push('It was hard. Then I started walking every'), ...guard.end({ dropIncomplete: true })];
    expect(released(events)).toEqual(['It was hard.']);
    const whole = new ReplyGuard({ speaker: { speaker: 'Rosa M.', others: [] }, facts: [fact], treatmentNames: [], checks });
    expect(released([...whole.push('It was hard. It helped [1].'), ...whole.end({ dropIncomplete: true })])).toEqual(['It was hard.', 'It helped [1].']);
  });
  it('produces nothing for an empty or whitespace reply', () => {
    expect(released(run(''))).toEqual([]);
    expect(released(run('   \n '))).toEqual([]);
  });
  it('holds back frame-breaking sentences', () => {
    expect(released(run('As an AI, I do not have a body. But I hear you.'))).toEqual(['But I hear you.']);
  });
});
