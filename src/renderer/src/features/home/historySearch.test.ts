import { describe, expect, it } from 'vitest';
import type { Message } from '../../../../shared/domain';
import { searchHistory } from './historySearch';

const message = (id: string, text: string, createdAt: number, groupId = 'g'): Message => ({
  id, groupId, seq: createdAt, author: { kind: 'user' }, kind: 'chat', status: 'complete', text, sentenceCount: 1, citations: [], createdAt, updatedAt: createdAt,
});

describe('history search', () => {
  const messages = [
    message('1', 'The fatigue was worst in the mornings.', 1),
    message('2', 'Mi corazón va rápido cuando subo escaleras.', 2, 'h'),
    message('3', 'Morning fatigue again; I told my nurse about it.', 3),
  ];

  it('finds every word, case- and accent-blind, newest first', () => {
    expect(searchHistory(messages, 'FATIGUE morning').map((h) => h.messageId)).toEqual(['3', '1']);
    expect(searchHistory(messages, 'corazon')).toEqual([{ messageId: '2', groupId: 'h', createdAt: 2, excerpt: 'Mi corazón va rápido cuando subo escaleras.' }]);
    expect(searchHistory(messages, 'nurse pump')).toEqual([]);
    expect(searchHistory(messages, '   ')).toEqual([]);
  });

  it('cuts a long message to an excerpt around the match', () => {
    const long = message('4', `${'a'.repeat(200)} needle ${'b'.repeat(200)}`, 4);
    const [hit] = searchHistory([long], 'needle');
    expect(hit?.excerpt.startsWith('…')).toBe(true);
    expect(hit?.excerpt.endsWith('…')).toBe(true);
    expect(hit?.excerpt).toContain('needle');
    expect(hit?.excerpt.length).toBeLessThan(140);
  });
});
