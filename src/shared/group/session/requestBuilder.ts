// Builds every model request of a session from one view of the conversation: the window of
// history that fits the context, the rolling summary, and the transcript with marked messages as
// neutral lines. Speakers, the triage and the review share the same prefix (policy, setting,
// conversation), so Ollama's prompt cache serves it to each of them.
import type { ChatRequest } from '@shared/contract/channels/llm';
import { transcriptLine } from '../prompts/inlineText';
import type { Persona } from '@shared/domain';
import type { FlatFact } from '@shared/knowledge/flattenPack';
import { reviewFormat } from '@shared/safety/modelReview';
import { TRIAGE_FORMAT } from '@shared/safety/modelTriage';
import { chooseWindow, type BudgetInput } from '../contextBudget';
import { buildPrompt, buildReviewPrompt, buildSharedPrefix, buildTriagePrompt, type SpeakerTask, type TranscriptLine } from '../prompts/promptBuilder';
import type { SessionContext } from './context';
import { toTranscript, type SequencedLine } from './transcript';

/** Tokens a reply may use (and the window keeps free for it). */
export const REPLY_TOKENS = 220;

/** The conversation as the next prompt sees it. */
interface ConversationView {
  readonly summary?: string;
  readonly transcript: readonly TranscriptLine[];
}

/** What a speaker's turn adds after the conversation. */
export interface TurnParts {
  readonly facts: readonly FlatFact[];
  readonly round: readonly TranscriptLine[];
  /** Replies of this round: they appear in `round`, after the facts, not in the transcript. */
  readonly roundIds?: ReadonlySet<string>;
}

const base = (ctx: SessionContext) => ({ model: ctx.deps.model, keepAlive: '30m' as const });

/**
 * Room kept beside the history for what follows it (facts, this round, the task): the same for every
 * call of a turn, so the triage, the speakers and the review all see the same window and share the cache.
 */
const TAIL_RESERVE_TOKENS = 900;

/** The transcript from the window's start, the summary, and the budget the window is chosen by. */
interface WindowLines {
  readonly lines: readonly SequencedLine[];
  readonly summary?: string;
  readonly budget: BudgetInput;
}

/** The transcript from the window's start (marked messages as neutral lines), the summary, and what each line costs. */
async function windowLines(ctx: SessionContext, roundIds: ReadonlySet<string>, reveal?: string): Promise<WindowLines> {
  const { store } = ctx;
  const summary = await store.journal.latestSummary(ctx.group.id);
  // The summary sits before the transcript in every prompt, so it counts against the window too.
  const fixedText = buildTriagePrompt({ frame: ctx.frame(), transcript: [], ...(summary ? { summary: summary.text } : {}) })
    .map((m) => m.content)
    .join('');
  if (ctx.windowStartSeq === undefined) {
    // Reopening a long group: start after what the summary covers, and never more than the last 400.
    const recent = await store.messages.latest(ctx.group.id, 400);
    ctx.windowStartSeq = Math.max(summary ? summary.uptoSeq + 1 : 0, recent[0]?.seq ?? 0);
  }
  const all = await store.messages.between(ctx.group.id, ctx.windowStartSeq, Number.MAX_SAFE_INTEGER);
  const settled = all.filter((m) => (m.status !== 'streaming' || m.text) && !roundIds.has(m.id));
  const lines = toTranscript(settled, {
    members: ctx.members,
    userLabel: ctx.deps.userLabel,
    language: ctx.language,
    hidden: ctx.ungated,
    ...(reveal ? { reveal } : {}),
  });
  return {
    lines,
    ...(summary ? { summary: summary.text } : {}),
    budget: {
      numCtx: ctx.deps.numCtx,
      replyTokens: REPLY_TOKENS,
      fixedTokens: ctx.estimator.estimate(fixedText) + TAIL_RESERVE_TOKENS,
      messageTokens: lines.map((l) => ctx.estimator.estimate(`${transcriptLine(l.speaker, l.text)}\n`)),
      currentStart: 0,
    },
  };
}

/** The window of history that fits, as transcript lines (marked messages as neutral lines). */
async function conversation(ctx: SessionContext, roundIds: ReadonlySet<string>, reveal?: string): Promise<ConversationView> {
  const { lines, summary, budget } = await windowLines(ctx, roundIds, reveal);
  const window = chooseWindow(budget);
  if (window.start > 0) ctx.windowStartSeq = lines[window.start]?.seq ?? ctx.windowStartSeq;
  const transcript = lines.slice(window.start).map(({ speaker, text }) => ({ speaker, text }));
  return { transcript, ...(summary !== undefined ? { summary } : {}) };
}

/**
 * At a turn's end: when the next turn's prompts would not fit (with room for the person's next
 * message), the window moves now instead of at the next turn's first call. The rolling summary of
 * what leaves is then written from the prompt the cache still holds (those lines begin its
 * transcript), and the next turn meets the new summary and the moved window together: its prompt is
 * evaluated afresh once, not once for the move and again for the summary.
 */
export async function moveWindowAhead(ctx: SessionContext): Promise<void> {
  const { lines, budget } = await windowLines(ctx, new Set());
  // Room for the person's next message: as long as their last one (a longer one still fits, as each
  // call checks the window again, but then the summary follows a turn later).
  const lastFromPerson = lines.findLastIndex((l) => l.speaker === ctx.deps.userLabel);
  const nextMessage = lastFromPerson >= 0 ? (budget.messageTokens[lastFromPerson] ?? 0) : 0;
  const window = chooseWindow({ ...budget, messageTokens: [...budget.messageTokens, nextMessage] });
  const start = lines[window.start]?.seq;
  if (window.start > 0 && start !== undefined) ctx.windowStartSeq = start;
}

/** The prompt for one speaker: the window of history that fits, the summary, the facts, the task. */
export async function speakerRequest(ctx: SessionContext, speaker: Persona, task: SpeakerTask, parts: TurnParts): Promise<ChatRequest> {
  const frame = ctx.frame();
  const view = await conversation(ctx, parts.roundIds ?? new Set());
  const messages = buildPrompt({ frame, ...view, facts: parts.facts, roundSoFar: parts.round, speaker, task, layout: ctx.deps.layout ?? 'shared-first' });
  return { ...base(ctx), messages, options: { numCtx: ctx.deps.numCtx, temperature: 0.8, numPredict: REPLY_TOKENS } };
}

/** The triage of one user message (the only prompt that shows that message as written when it is marked). */
export async function triageRequest(ctx: SessionContext, messageId: string): Promise<ChatRequest> {
  const frame = ctx.frame();
  const view = await conversation(ctx, new Set(), messageId);
  return {
    ...base(ctx),
    messages: buildTriagePrompt({ frame, ...view }),
    format: TRIAGE_FORMAT,
    // Same context size as the speakers: a different one would reload the model and empty the cache.
    options: { numCtx: ctx.deps.numCtx, temperature: 0, numPredict: 60 },
  };
}

/**
 * Fills the prompt cache with what the next turn's prompts begin with (one token is generated and
 * thrown away). Only stored messages appear, each as every later prompt shows it: a message the gate
 * has not decided is not there, and one that led to help is a neutral line.
 */
export async function warmRequest(ctx: SessionContext): Promise<ChatRequest> {
  const view = await conversation(ctx, new Set());
  return { ...base(ctx), messages: buildSharedPrefix({ frame: ctx.frame(), ...view }), options: { numCtx: ctx.deps.numCtx, temperature: 0, numPredict: 1 } };
}

/** The review of a draft reply, sentence by sentence, after the same facts and round its speaker saw. */
export async function reviewRequest(ctx: SessionContext, speakerName: string, sentences: readonly string[], parts: TurnParts): Promise<ChatRequest> {
  const frame = ctx.frame();
  const input = { frame, facts: parts.facts, roundSoFar: parts.round, speakerName, sentences };
  const view = await conversation(ctx, parts.roundIds ?? new Set());
  return {
    ...base(ctx),
    messages: buildReviewPrompt({ ...input, ...view }),
    format: reviewFormat(sentences.length),
    options: { numCtx: ctx.deps.numCtx, temperature: 0, numPredict: 12 + 6 * sentences.length },
  };
}
