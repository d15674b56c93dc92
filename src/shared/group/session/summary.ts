// The rolling summary of older messages. It is model-written text that goes back into every later
// prompt (and into exports), so it passes the reply guard sentence by sentence, and the model review
// when it is on: a sentence either of them holds is left out. It is made from the same transcript
// as the prompts, so a marked message is a neutral line here too.
import { summaryRequest } from '../prompts/summaryPrompt';
import { SentenceBuffer } from '../sentenceBuffer';
import type { SessionContext } from './context';
import { callModel } from './modelCall';
import { moveWindowAhead } from './requestBuilder';
import { reviewDraft } from './speaker';
import { toTranscript } from './transcript';
import { SUMMARY_MAX_CHARS } from './sessionLimits';

/** How long a summary may take before it is left for the next turn. */
const SUMMARY_TIMEOUT_MS = 60_000;

/** The summary's sentences that pass the deterministic checks. */
function guardedSentences(ctx: SessionContext, text: string): string[] {
  const { safety } = ctx.deps;
  const kept: string[] = [];
  const buffer = new SentenceBuffer();
  for (const sentence of [...buffer.push(text), ...buffer.flush()]) {
    if (safety.adviceFlags(sentence, kept.at(-1)).length > 0 || safety.isCrisisUnsafe(sentence)) continue;
    kept.push(sentence);
  }
  return kept;
}

/**
 * Keeps the rolling summary up to date: when the transcript window has moved past messages the
 * summary does not cover (or must move before the next turn, see `moveWindowAhead`), the model
 * summarises them (stored, and used by every later prompt).
 */
export async function refreshSummary(ctx: SessionContext): Promise<boolean> {
  await moveWindowAhead(ctx);
  if (ctx.windowStartSeq === undefined || ctx.windowStartSeq === 0) return false;
  const { store } = ctx;
  const covered = await store.journal.latestSummary(ctx.group.id);
  const from = covered ? covered.uptoSeq + 1 : 0;
  const to = ctx.windowStartSeq - 1;
  if (to < from) return false;
  // Only what the summary does not cover yet; the earlier summary is folded in.
  const lines = toTranscript(await store.messages.between(ctx.group.id, from, to), { members: ctx.members, userLabel: ctx.deps.userLabel, language: ctx.language, hidden: ctx.ungated });
  const budget = Math.floor(ctx.deps.numCtx * 0.6);
  let used = 0;
  let first = lines.length;
  while (first > 0 && used + ctx.estimator.estimate(lines[first - 1]!.text) < budget) used += ctx.estimator.estimate(lines[--first]!.text);
  const request = summaryRequest({ model: ctx.deps.model, frame: ctx.frame(), numCtx: ctx.deps.numCtx, previous: covered?.text, lines: lines.slice(first), language: ctx.language });
  const answer = await callModel(ctx, request, SUMMARY_TIMEOUT_MS);
  if (answer.kind !== 'ok') return false;
  let kept = guardedSentences(ctx, answer.content.trim());
  if (kept.length > 0 && ctx.layers.review) {
    // The summary is never shown as anyone's words: when the review cannot be had, the guard's pass
    // stands (the deterministic fallback); the sentences it holds are left out.
    const verdict = await reviewDraft(ctx, 'Hearth', kept, { facts: [], round: [] });
    if (verdict.kind === 'hold') kept = kept.filter((_, i) => !verdict.held.includes(i));
  }
  if (kept.length === 0) return false;
  await store.journal.saveSummary(ctx.group.id, to, kept.join(' ').slice(0, SUMMARY_MAX_CHARS));
  return true;
}
