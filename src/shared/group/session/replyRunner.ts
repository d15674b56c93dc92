// Streams one reply attempt from the model through the deterministic reply guard, collecting the
// sentences it releases. Nothing is shown from here: the caller reviews the whole reply and shows
// it at once, so a sentence that is later held was never on screen.
import type { ErrorCode } from '@shared/contract/result';
import type { ChatRequest, ChatStats } from '@shared/contract/channels/llm';
import type { Citation } from '@shared/domain';
import type { GuardEvent, ReplyGuard } from '../replyGuard';
import type { ChatPort } from './ports';

/** A sentence the guard released. */
export interface ReleasedSentence {
  readonly text: string;
  readonly citations: readonly Citation[];
}

/** How one reply attempt ended, with what the guard released. */
export type ReplyRun =
  | {
      readonly outcome: 'complete';
      readonly sentences: readonly ReleasedSentence[];
      readonly stats?: ChatStats;
      /** Characters of reasoning the model produced (never seen by the guard, never shown). */
      readonly thinkingChars?: number;
      /** The model spent its whole token budget reasoning and wrote no answer: not a silent model. */
      readonly thoughtOut?: boolean;
    }
  /** The guard flagged a sentence (advice or unsafe): none of this attempt may be shown. */
  | { readonly outcome: 'flagged'; readonly sentences: readonly ReleasedSentence[]; readonly reason: 'advice' | 'unsafe'; readonly flags: readonly string[] }
  /** Stop was pressed (or a crisis stopped the group). */
  | { readonly outcome: 'stopped'; readonly sentences: readonly ReleasedSentence[] }
  /** The model failed (server gone mid-reply, model missing…): finished sentences are kept. */
  | { readonly outcome: 'failed'; readonly sentences: readonly ReleasedSentence[]; readonly code: ErrorCode };

export interface ReplyRunInput {
  readonly chat: ChatPort;
  readonly request: ChatRequest;
  readonly guard: ReplyGuard;
  /** Lets the session stop this reply (the Stop button, a crisis). */
  readonly onCancelHandle?: (cancel: () => void) => void;
}

/**
 * Streams one reply through the guard: tokens → sentences → checks. Stops the model as soon as the
 * guard flags or stops, so nothing after a flagged sentence is generated.
 */
export async function runReply(input: ReplyRunInput): Promise<ReplyRun> {
  const { guard } = input;
  const sentences: ReleasedSentence[] = [];
  let flagged: Extract<GuardEvent, { kind: 'flag' }> | undefined;
  let userStopped = false;

  const handleEvents = (events: readonly GuardEvent[]): void => {
    for (const event of events) {
      if (event.kind === 'release') sentences.push({ text: event.text, citations: event.citations });
      else if (event.kind === 'flag') flagged = event;
    }
  };

  const handle = input.chat(input.request, (token) => {
    if (guard.isFinished) return;
    handleEvents(guard.push(token.text));
    if (guard.isFinished) void handle.cancel();
  });
  input.onCancelHandle?.(() => {
    userStopped = true;
    void handle.cancel();
  });

  const result = await handle.done;
  // Read through a function: the guard's callbacks set `flagged` while the stream runs.
  const flag = (): Extract<GuardEvent, { kind: 'flag' }> | undefined => flagged;
  const asFlagged = (f: Extract<GuardEvent, { kind: 'flag' }>): ReplyRun => ({ outcome: 'flagged', sentences, reason: f.reason, flags: f.flags });
  if (userStopped) return { outcome: 'stopped', sentences };
  const early = flag();
  if (early) return asFlagged(early);
  if (!result.ok && result.error.code !== 'cancelled') {
    // The stream broke: keep every finished sentence that passes; drop a trailing half-sentence.
    handleEvents(guard.end({ dropIncomplete: true }));
    const late = flag();
    return late ? asFlagged(late) : { outcome: 'failed', sentences, code: result.error.code };
  }
  if (!guard.isFinished) handleEvents(guard.end({ dropIncomplete: result.ok && result.value.doneReason === 'length' }));
  const atEnd = flag();
  if (atEnd) return asFlagged(atEnd);
  if (!result.ok) return { outcome: 'complete', sentences };
  const { stats, thinkingChars, doneReason, content } = result.value;
  const thoughtOut = thinkingChars > 0 && doneReason === 'length' && content.trim() === '';
  return { outcome: 'complete', sentences, stats, thinkingChars, ...(thoughtOut ? { thoughtOut } : {}) };
}
