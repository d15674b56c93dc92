import { describe, expect, it } from 'vitest';
import type { Message } from '@shared/domain';
import { takenBackScripts } from './MessageList';

const msg = (id: string, over: Partial<Message>): Message =>
  ({ id, groupId: 'g', seq: Number(id.slice(1)), author: { kind: 'member', memberId: 'f' }, kind: 'chat', status: 'complete', text: id, sentenceCount: 1, citations: [], createdAt: 1, updatedAt: 1, ...over }) as Message;

describe('crisis scripts the person took back', () => {
  it('quiets only the script that answered a message marked as misread', () => {
    const messages = [
      msg('m1', { author: { kind: 'user' }, safety: { misread: true } as Message['safety'] }),
      msg('m2', { kind: 'crisis-script' }),
      msg('m3', { kind: 'misread' }),
      msg('m4', { author: { kind: 'user' }, safety: {} as Message['safety'] }),
      msg('m5', { kind: 'crisis-script' }),
    ];
    expect([...takenBackScripts(messages)]).toEqual(['m2']);
  });
});
