// The facilitator's scripted messages (and Hearth's own notices): written by us, never by the
// model, never assessed as if the person had written them, and shown after a short typing pause.
import type { Citation, Member, Message } from '@shared/domain';
import type { SessionContext } from './context';
import { SCRIPTED_TYPING_MAX_MS, SCRIPTED_TYPING_PACE } from './sessionLimits';

/** Safety words appear at once: no typing pause, so nothing (a closed window, a crash) can come between the decision and the words. */
const AT_ONCE: ReadonlySet<Message['kind']> = new Set(['crisis-script', 'ask', 'ask-reply', 'misread']);

/** Adds a complete scripted message from a member, after a short typing pause (none for safety words). */
export async function say(ctx: SessionContext, member: Member, text: string, kind: Message['kind'], citations: readonly Citation[] = []): Promise<Message> {
  ctx.deps.events.typing(member.id);
  if (!AT_ONCE.has(kind)) await ctx.sleep(Math.min(SCRIPTED_TYPING_MAX_MS, text.length * ctx.deps.msPerChar * SCRIPTED_TYPING_PACE));
  try {
    return await ctx.store.messages.add({ groupId: ctx.group.id, author: { kind: 'member', memberId: member.id }, kind, text, citations });
  } finally {
    ctx.deps.events.typing(null);
  }
}

/** The facilitator says it, if the group has one. */
export async function facilitatorSays(ctx: SessionContext, text: string, kind: Message['kind'], citations: readonly Citation[] = []): Promise<Message | undefined> {
  const f = ctx.facilitator;
  return f ? say(ctx, f, text, kind, citations) : undefined;
}
