import { describe, expect, it } from 'vitest';
import type { Message } from '@shared/domain';
import { canAddFromMenu, questionBefore } from './redirectedQuestion';

const msg = (seq: number, who: 'user' | 'member', text: string, extra: Partial<Message> = {}): Message => ({
  id: `m${seq}`,
  groupId: 'g',
  seq,
  author: who === 'user' ? { kind: 'user' } : { kind: 'member', memberId: 'f' },
  kind: 'chat',
  status: 'complete',
  text,
  sentenceCount: 1,
  citations: [],
  createdAt: seq,
  updatedAt: seq,
  ...extra,
});

describe('the question a medical redirect answers', () => {
  const history = [msg(1, 'user', 'Hello'), msg(2, 'member', 'Welcome'), msg(3, 'user', 'Should I double my dose?'), msg(4, 'member', 'That one is for your care team.', { kind: 'medical-redirect' }), msg(5, 'user', 'Later words')];

  it('is the person’s last message before the redirect, whatever order the rows come in', () => {
    expect(questionBefore([...history].reverse(), { seq: 4 })?.id).toBe('m3');
  });

  it('is none when there is no earlier message of theirs', () => {
    expect(questionBefore(history, { seq: 1 })).toBeUndefined();
  });

  it('is none when that message led to the crisis panel (an earlier one is not offered instead)', () => {
    const marked = history.map((m) => (m.seq === 3 ? { ...m, safety: { response: 'panel' as const, categories: ['overdose'] } } : m));
    expect(questionBefore(marked, { seq: 4 })).toBeUndefined();
  });

  it('the menu offers only the person’s own, unmarked messages', () => {
    expect(canAddFromMenu(history[2]!)).toBe(true);
    expect(canAddFromMenu(history[1]!)).toBe(false);
    expect(canAddFromMenu({ ...history[2]!, safety: { response: 'ask', categories: [] } })).toBe(false);
  });
});
