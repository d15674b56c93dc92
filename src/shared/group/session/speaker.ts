// One member's reply, from the model to the screen. Each attempt streams through the deterministic
// guard; the whole reply is then reviewed by the model (when it is installed) before any of it is
// shown, and appears at once after the member's typing indicator. A held reply is regenerated once
// with a stricter instruction; held again, the facilitator's redirect takes its place. A review that
// cannot be had (late, malformed, failed) fails closed: that reply is not shown, and one stricter
// regeneration is judged by the deterministic guard alone.
import type { ErrorCode } from '@shared/contract/result';
import type { Citation, Member, Message } from '@shared/domain';
import { parseReview } from '@shared/safety/modelReview';
import type { SpeakerTask } from '../prompts/promptBuilder';
import { ReplyGuard } from '../replyGuard';
import type { SessionContext } from './context';
import { callModel } from './modelCall';
import { runReply, type ReleasedSentence, type ReplyRun } from './replyRunner';
import { reviewRequest, speakerRequest, type TurnParts } from './requestBuilder';
import { facilitatorSays } from './scripted';
import { REPLY_TYPING_MAX_MS, VARIANT_SEED_RANGE } from './sessionLimits';

/** How producing a reply ended. */
export type ProducedReply =
  | { readonly kind: 'shown'; readonly text: string; readonly citations: readonly Citation[]; readonly status: 'complete' | 'interrupted'; readonly failure?: ErrorCode }
  /** Held twice (guard or review): the facilitator's redirect was said instead. */
  | { readonly kind: 'held' }
  | { readonly kind: 'stopped' }
  /** The model failed before any sentence passed. */
  | { readonly kind: 'failed'; readonly code: ErrorCode }
  | { readonly kind: 'empty' };

/** The review's reading of a draft: pass, hold (with the sentences it held, 0-based), or no usable answer. */
export type ReviewOutcome = { readonly kind: 'pass' } | { readonly kind: 'hold'; readonly held: readonly number[] } | { readonly kind: 'failed' };

/** Joins released sentences into one message text, citations merged by marker. */
function joinSentences(sentences: readonly ReleasedSentence[]): { text: string; citations: Citation[] } {
  const citations: Citation[] = [];
  for (const s of sentences) for (const c of s.citations) if (!citations.some((k) => k.marker === c.marker)) citations.push(c);
  return { text: sentences.map((s) => s.text).join(' '), citations };
}

/** One streamed attempt through the deterministic guard. */
async function attempt(ctx: SessionContext, member: Member, task: SpeakerTask, parts: TurnParts): Promise<ReplyRun> {
  const request = await speakerRequest(ctx, member.persona, task, parts);
  const others = [...ctx.members.filter((m) => m.id !== member.id).map((m) => m.persona.name), ctx.deps.userLabel, 'You', 'User'];
  const guard = new ReplyGuard({
    speaker: { speaker: member.persona.name, others },
    facts: parts.facts,
    treatmentNames: parts.facts.flatMap((f) => (f.treatmentName ? [f.treatmentName] : [])),
    checks: { adviceFlags: ctx.deps.safety.adviceFlags, isCrisisUnsafe: ctx.deps.safety.isCrisisUnsafe },
  });
  ctx.deps.events.typing(member.id);
  const promptChars = request.messages.reduce((a, m) => a + m.content.length, 0);
  const run = await runReply({
    chat: ctx.deps.chat,
    request,
    guard,
    onCancelHandle: (cancel) => {
      ctx.cancelCurrent = cancel;
      if (ctx.stopRequested) cancel();
    },
  });
  if (run.outcome === 'complete' && run.stats) ctx.estimator.observe(promptChars, run.stats.promptEvalCount);
  if (run.outcome === 'complete') ctx.observeThinking(run.thinkingChars);
  return run;
}

/** The model's review of a whole draft, one verdict per sentence. */
export async function reviewDraft(ctx: SessionContext, speakerName: string, sentences: readonly string[], parts: TurnParts): Promise<ReviewOutcome> {
  const request = await reviewRequest(ctx, speakerName, sentences, parts);
  const answer = await callModel(ctx, request, ctx.layers.reviewTimeoutMs);
  const result = answer.kind === 'ok' ? parseReview(answer.content, sentences.length) : undefined;
  const outcome: ReviewOutcome = !result ? { kind: 'failed' } : result.held.length > 0 ? { kind: 'hold', held: result.held } : { kind: 'pass' };
  ctx.deps.events.modelCheck?.('review', answer.ms, outcome.kind !== 'failed' ? outcome.kind : answer.kind === 'ok' ? 'malformed' : answer.kind);
  return outcome;
}

const stricter = (task: SpeakerTask): SpeakerTask => (task.kind === 'reply' ? { ...task, stricter: true } : task);

/** Produces one member's reply (nothing is stored here). */
export async function produceReply(ctx: SessionContext, member: Member, task: SpeakerTask, parts: TurnParts): Promise<ProducedReply> {
  let current = task;
  let review = ctx.layers.review;
  // A model that spent its whole budget reasoning was not silent: it gets one more go that does not
  // count as a try (main has meanwhile given it room in its budget for reasoning).
  let thoughtOutRetry = true;
  for (let tries = 0; tries < 2; tries++) {
    const last = tries === 1;
    const run = await attempt(ctx, member, current, parts);
    if (run.outcome === 'stopped' || ctx.stopRequested) return { kind: 'stopped' };
    if (run.outcome === 'complete' && run.thoughtOut && thoughtOutRetry) {
      thoughtOutRetry = false;
      tries -= 1;
      continue;
    }
    if (run.outcome === 'failed' && run.sentences.length === 0) return { kind: 'failed', code: run.code };
    if (run.outcome === 'flagged') {
      if (last) return { kind: 'held' };
      current = stricter(current);
      continue;
    }
    if (run.sentences.length === 0) {
      if (last) return { kind: 'empty' };
      continue;
    }
    if (review) {
      const verdict = await reviewDraft(ctx, member.persona.name, run.sentences.map((s) => s.text), parts);
      if (ctx.stopRequested) return { kind: 'stopped' };
      if (verdict.kind !== 'pass') {
        // Fails closed: a review that could not be had is treated as a hold, and the stricter
        // regeneration that follows is judged by the deterministic guard alone.
        if (verdict.kind === 'failed') review = false;
        if (last) return { kind: 'held' };
        current = stricter(current);
        continue;
      }
    }
    const joined = joinSentences(run.sentences);
    if (run.outcome === 'failed') return { kind: 'shown', ...joined, status: 'interrupted', failure: run.code };
    return { kind: 'shown', ...joined, status: 'complete' };
  }
  return { kind: 'empty' };
}

/** Waits out the rest of a human typing time, so a fast model does not make replies pop up instantly. */
async function typingPause(ctx: SessionContext, text: string, startedAt: number): Promise<void> {
  const typing = Math.min(REPLY_TYPING_MAX_MS, text.length * ctx.deps.msPerChar);
  await ctx.sleep(Math.max(0, typing - (performance.now() - startedAt)));
}

/** After a reply failed: tell the screen, and stop the rest of the turn. */
function reportFailure(ctx: SessionContext, code: ErrorCode): void {
  ctx.deps.events.failure(code);
  ctx.stopRequested = true;
}

/** The facilitator's redirect, in place of a reply held twice. */
async function redirect(ctx: SessionContext): Promise<void> {
  await facilitatorSays(ctx, ctx.deps.safety.adviceRedirectWords(ctx.language, Math.floor(ctx.random() * VARIANT_SEED_RANGE)), 'advice-redirect');
}

/** A new reply from a member: produced, then shown whole. */
export async function speak(ctx: SessionContext, member: Member, task: SpeakerTask, parts: TurnParts, replyTo?: string): Promise<Message | undefined> {
  const startedAt = performance.now();
  try {
    const produced = await produceReply(ctx, member, task, parts);
    if (produced.kind === 'held') await redirect(ctx);
    if (produced.kind === 'failed') reportFailure(ctx, produced.code);
    if (produced.kind !== 'shown') return undefined;
    if (produced.failure) reportFailure(ctx, produced.failure);
    await typingPause(ctx, produced.text, startedAt);
    if (ctx.stopRequested && produced.status === 'complete') return undefined;
    return await ctx.store.messages.add({
      groupId: ctx.group.id,
      author: { kind: 'member', memberId: member.id },
      kind: task.kind === 'close' ? 'close' : 'chat',
      text: produced.text,
      citations: produced.citations,
      status: produced.status,
      ...(task.kind === 'reply' ? { supportFunction: task.supportFunction } : {}),
      ...(replyTo ? { replyTo } : {}),
    });
  } finally {
    ctx.deps.events.typing(null);
  }
}

/** Regenerate: the same member answers again; the old reply stays until a new one passes. */
export async function speakAgain(ctx: SessionContext, member: Member, message: Message, parts: TurnParts): Promise<void> {
  try {
    const produced = await produceReply(ctx, member, { kind: 'reply', supportFunction: message.supportFunction ?? 'emotional' }, parts);
    // Held twice: the earlier reply (which passed when it was shown) stays as it is.
    if (produced.kind === 'failed') reportFailure(ctx, produced.code);
    if (produced.kind !== 'shown') return;
    if (produced.failure) reportFailure(ctx, produced.failure);
    await ctx.store.messages.replaceText(message.id, produced.text, 'chat', produced.citations);
    await ctx.store.messages.setStatus(message.id, produced.status);
  } finally {
    ctx.deps.events.typing(null);
  }
}

/** Continue: an interrupted reply picks up where it stopped; kept sentences stay. */
export async function speakOn(ctx: SessionContext, member: Member, message: Message): Promise<void> {
  try {
    // The original reply's numbered facts are not kept, so a continuation cites nothing new.
    const produced = await produceReply(ctx, member, { kind: 'continue', partial: message.text }, { facts: [], round: [] });
    if (produced.kind === 'held') await redirect(ctx);
    if (produced.kind === 'failed') reportFailure(ctx, produced.code);
    if (produced.kind !== 'shown') {
      if (produced.kind === 'held' || produced.kind === 'empty') await ctx.store.messages.setStatus(message.id, 'complete');
      return;
    }
    if (produced.failure) reportFailure(ctx, produced.failure);
    await ctx.store.messages.appendSentence(message.id, produced.text, produced.citations);
    await ctx.store.messages.setStatus(message.id, produced.status);
  } finally {
    ctx.deps.events.typing(null);
  }
}
