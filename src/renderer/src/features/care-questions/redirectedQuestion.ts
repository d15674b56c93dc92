import type { Message } from '@shared/domain';

/**
 * The person's question a facilitator's medical redirect answers: their last message before it.
 * None when that message led to the crisis panel or the direct question: it is never offered.
 */
export function questionBefore(messages: readonly Message[], redirect: Pick<Message, 'seq'>): Message | undefined {
  const mine = messages.filter((m) => m.author.kind === 'user' && m.seq < redirect.seq).sort((a, b) => b.seq - a.seq)[0];
  return mine && !mine.safety && mine.text.trim() ? mine : undefined;
}

/** Whether a message may be added from its menu: the person's own words, not a crisis message. */
export const canAddFromMenu = (message: Message): boolean => message.author.kind === 'user' && !message.safety && Boolean(message.text.trim());
