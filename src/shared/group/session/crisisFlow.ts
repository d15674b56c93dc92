// What happens after the gate chose the panel or the question, and the ways back: the answer, the
// one resume function, and "That's not what I meant". The group's state is persisted on the group
// record at every step, so it survives a language switch, reopening, a restart and an unlock.
import { OPEN_GROUP, type GroupSafety } from '@shared/domain';
import type { AskAbout } from '@shared/safety/gateResponse';
import { afterMisreadWords, afterNoAnswerWords, afterNoWords, askAgainWords, askWords } from '@shared/safety/askScript';
import type { CrisisCategory } from '@shared/safety/crisisTypes';
import type { SessionContext } from './context';
import { facilitatorSays } from './scripted';

/** Persists the group's safety state and tells the screen. */
export async function setGroupSafety(ctx: SessionContext, next: GroupSafety): Promise<void> {
  ctx.safety = next;
  ctx.group = { ...ctx.group, safety: next };
  ctx.deps.events.safety?.(next);
  await ctx.store.groups.setSafety(ctx.group.id, next);
}

/** Stops the group at once: the running reply and anything waiting. */
function haltGroup(ctx: SessionContext): void {
  ctx.queued = [];
  ctx.stopCurrent();
}

/**
 * The crisis panel: the group pauses, the crisis is remembered app-wide (the banner), and the
 * facilitator's scripted words follow. No model call. The panel itself was opened by the caller
 * before anything was stored, so a storage failure cannot hold it back.
 */
export async function routePanel(ctx: SessionContext, messageId: string | undefined, categories: readonly CrisisCategory[]): Promise<void> {
  haltGroup(ctx);
  const at = ctx.now();
  const recorded = await ctx.store.crisis.record(categories, at).then(() => true, () => false);
  await setGroupSafety(ctx, {
    state: 'paused',
    ...(messageId ? { messageId } : {}),
    categories: [...categories],
    since: at,
    helpVisible: true,
    ...(recorded ? { crisisRecordedAt: at } : {}),
  }).catch(() => undefined);
  await facilitatorSays(ctx, ctx.deps.safety.crisisWords('crisis', categories, ctx.language), 'crisis-script').catch(() => undefined);
}

/** The direct question: peers wait, help is in view, the facilitator asks in scripted words. */
export async function startAsk(ctx: SessionContext, messageId: string, about: AskAbout, categories: readonly CrisisCategory[], again: boolean): Promise<void> {
  haltGroup(ctx);
  const unclear = again ? (ctx.safety.unclearAnswers ?? 0) + 1 : 0;
  await setGroupSafety(ctx, { state: 'asking', messageId, askAbout: about, categories: [...categories], since: ctx.now(), helpVisible: true, unclearAnswers: unclear });
  ctx.deps.events.ask?.(about);
  await facilitatorSays(ctx, again ? askAgainWords(about, ctx.language) : askWords(about, ctx.language), again ? 'ask-reply' : 'ask');
}

/** A "no" goes back to the group; no answer goes back too, with help left in view. */
export async function answerBackToGroup(ctx: SessionContext, declined: boolean): Promise<void> {
  const asked = !declined && ctx.safety.messageId ? await ctx.store.messages.get(ctx.safety.messageId) : undefined;
  if (asked?.safety) await ctx.store.messages.setSafety(asked.id, { ...asked.safety, answeredNo: true });
  await setGroupSafety(ctx, { ...OPEN_GROUP, since: ctx.now(), helpVisible: declined });
  await facilitatorSays(ctx, declined ? afterNoAnswerWords(ctx.language) : afterNoWords(ctx.language), 'ask-reply');
}

/** The one way back from the panel: the group is open again (a "That's not what I meant" comes here too). */
export async function reopenGroup(ctx: SessionContext): Promise<void> {
  await setGroupSafety(ctx, { ...OPEN_GROUP, since: ctx.now() });
}

/**
 * "That's not what I meant": the group reopens with no lasting banner (the crisis this message
 * recorded is taken back) and a short apology. The message keeps its mark, so it still never
 * reaches a model: if the person was in fact in danger, nothing they said is fed back to them.
 */
export async function correctMisread(ctx: SessionContext): Promise<void> {
  const { messageId, crisisRecordedAt } = ctx.safety;
  if (messageId) {
    const message = await ctx.store.messages.get(messageId);
    if (message?.safety) await ctx.store.messages.setSafety(messageId, { ...message.safety, misread: true });
  }
  if (crisisRecordedAt !== undefined) await ctx.store.crisis.withdraw(crisisRecordedAt).catch(() => undefined);
  await reopenGroup(ctx);
  await facilitatorSays(ctx, afterMisreadWords(ctx.language), 'misread');
}
