import { describe, expect, it } from 'vitest';
import type { Member, Message } from '../domain';
import { safetyPort } from '../group/session/safetyPort';
import { buildGroupExport, type GroupExport } from './groupExport';
import { prepareImport } from './prepareImport';

const member: Member = {
  id: 'member-0001', groupId: 'group-0001', muted: false, order: 0,
  persona: {
    id: 'p1', role: 'mirror', name: 'Rosa', age: 44, gender: 'woman', pronouns: 'she/her', background: 'small town', setting: 'rural', lifeStage: 'working',
    condition: 'Lupus', conditionPackId: 'lupus', yearsSinceDiagnosis: 2, treatments: [], copingStyle: 'steady', voice: 'warm', currentChallenge: 'fatigue at work', whatHelped: 'pacing', factKeys: [],
    avatar: { initials: 'R', hue: 20, motif: 'leaf' },
  },
};
let seq = 0;
const message = (over: Partial<Message>): Message => {
  const n = seq++;
  return { id: `message-${n}`, groupId: 'group-0001', seq: n, author: { kind: 'user' }, kind: 'chat', status: 'complete', text: 'hello', sentenceCount: 1, citations: [], createdAt: n, updatedAt: n, ...over };
};
const peer = (text: string, kind: Message['kind'] = 'chat'): Partial<Message> => ({ author: { kind: 'member', memberId: member.id }, text, kind });

const file = (): GroupExport =>
  buildGroupExport(
    {
      group: { id: 'group-0001', title: 'Evenings', format: 'condition', conditionId: 'lupus', conditionLabel: 'Lupus', seed: 1, topic: 'open', createdAt: 1, updatedAt: 2, unsourced: false },
      members: [member],
      messages: [
        message({ text: 'The fatigue is the worst part for me.' }),
        message(peer('It comes and goes for me too. Pacing my week helped.')),
        message({ author: { kind: 'system' }, kind: 'ai-reminder', text: 'Hearth notice: call our crisis team on 555 0100 now.' }),
        message(peer('If things get bad, call me on 555-0100.')),
        message(peer('Honestly, you should stop your hydroxychloroquine for a week.')),
        message({ text: 'I want to end my life tonight' }),
        message(peer("I'm really glad you told us.", 'crisis-script')),
        message(peer('Thank you for sharing today.', 'close')),
      ],
      summaries: [{ id: 'sum-1', groupId: 'group-0001', uptoSeq: 3, text: 'They talked about fatigue. You should double your steroid dose.', createdAt: 5 }],
      checkIns: [],
      nextSteps: [],
    },
    9000,
  );

describe('preparing an imported group file', () => {
  const { doc, report } = prepareImport(file(), safetyPort);

  it('never brings in system notices or the facilitator’s scripted safety words', () => {
    expect(doc.messages.some((m) => m.author.kind === 'system')).toBe(false);
    expect(doc.messages.some((m) => m.kind === 'crisis-script')).toBe(false);
    expect(report).toMatchObject({ notices: 1, scripts: 1 });
  });

  it('checks every peer and facilitator message again, leaves out what fails, and marks the rest imported', () => {
    const members = doc.messages.filter((m) => m.author.kind === 'member');
    expect(members.map((m) => m.text)).toEqual(['It comes and goes for me too. Pacing my week helped.', 'Thank you for sharing today.']);
    expect(members.every((m) => m.imported === true)).toBe(true);
    expect(report.heldReplies).toBe(2);
  });

  it('assesses the person’s messages again, so crisis words are marked and never reach a model', () => {
    const crisis = doc.messages.find((m) => m.text === 'I want to end my life tonight');
    expect(crisis?.safety).toMatchObject({ response: 'panel' });
    expect(doc.messages.find((m) => m.text === 'The fatigue is the worst part for me.')?.safety).toBeUndefined();
    expect(report.markedMessages).toBe(1);
  });

  it('keeps only the summary sentences that pass', () => {
    expect(doc.summaries.map((s) => s.text)).toEqual(['They talked about fatigue.']);
  });
});
