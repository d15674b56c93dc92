import { describe, expect, it } from 'vitest';
import type { Member, Message } from '@shared/domain';
import { cast } from '@tests/support/groupFixtures';
import { toTranscript } from './transcript';

const members: Member[] = [{ id: 'm1', groupId: 'g', persona: cast[0]!, muted: false, order: 0 }, { id: 'f', groupId: 'g', persona: cast[5]!, muted: false, order: 1 }];
let seq = 0;
const msg = (extra: Partial<Message> & Pick<Message, 'author' | 'text'>): Message => ({ id: `x${seq}`, groupId: 'g', seq: seq++, kind: 'chat', status: 'complete', sentenceCount: 1, citations: [], createdAt: 0, updatedAt: 0, ...extra });

describe('the transcript prompts are built from', () => {
  const marked = msg({ author: { kind: 'user' }, text: 'the words that must never reach a model', safety: { response: 'ask', askAbout: 'self-harm', categories: ['suicide'] } });
  const history = [
    msg({ author: { kind: 'user' }, text: 'hello' }),
    marked,
    msg({ author: { kind: 'member', memberId: 'f' }, kind: 'ask', text: 'scripted question' }),
    msg({ author: { kind: 'user' }, text: 'No', safety: { response: 'ask', answer: true, categories: [] } }),
    msg({ author: { kind: 'member', memberId: 'f' }, kind: 'ask-reply', text: 'scripted thanks' }),
    msg({ author: { kind: 'member', memberId: 'm1' }, text: 'Same here.' }),
    msg({ author: { kind: 'system' }, kind: 'ai-reminder', text: 'reminder' }),
  ];

  it('shows a marked message and its answer as one neutral line, in the group’s language, and no scripted safety words', () => {
    const lines = toTranscript(history, { members, userLabel: 'New member', language: 'en' });
    expect(lines.map((l) => `${l.speaker}: ${l.text}`)).toEqual(['New member: hello', 'New member: [shared something painful and was offered support]', 'Rosa M.: Same here.']);
    const es = toTranscript(history, { members, userLabel: 'Nuevo miembro', language: 'es' });
    expect(es[1]?.text).toBe('[compartió algo doloroso y recibió apoyo]');
  });

  it('reveals the one message a triage assesses, and hides messages the gate has not decided', () => {
    const triage = toTranscript(history, { members, userLabel: 'New member', language: 'en', reveal: marked.id });
    expect(triage.map((l) => l.text)).toContain('the words that must never reach a model');
    const hidden = toTranscript(history, { members, userLabel: 'New member', language: 'en', hidden: new Set([history[0]!.id]) });
    expect(hidden.map((l) => l.text)).not.toContain('hello');
  });
});
