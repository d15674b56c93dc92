import type { ChatRequest, ChatStats } from '../../../../../shared/contract/channels/llm';
import type { Citation } from '../../../../../shared/domain';
import type { GuardEvent, ReplyGuard } from '../../../../../shared/group/replyGuard';
import type { ChatPort } from './ports';

/** How one reply attempt ended. */
export type ReplyRun =
  | { readonly outcome: 'complete'; readonly released: number; readonly stats?: ChatStats; readonly doneReason?: string }
  /** The guard flagged a sentence (advice or unsafe): nothing of it was shown. */
  | { readonly outcome: 'flagged'; readonly released: number; readonly reason: 'advice' | 'unsafe'; readonly flags: readonly string[] }
  /** The user pressed Stop. */
  | { readonly outcome: 'stopped'; readonly released: number }
  /** The model failed (server gone mid-reply, model missing…): committed sentences stay. */
  | { readonly outcome: 'failed'; readonly released: number; readonly code: string };

export interface ReplyRunInput {
  readonly chat: ChatPort;
  readonly request: ChatRequest;
  readonly guard: ReplyGuard;
  /**
   * Commits one released sentence. Sentences are judged as they arrive and shown at a reading pace;
   * each is stored the moment it is shown, so a crash loses only what was not on screen yet.
   */
  readonly commit: (text: string, citations: readonly Citation[]) => Promise<void>;
  /** Delay before a sentence appears, for a human reading pace (0 in tests). */
  readonly paceMs: (text: string) => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Lets the session stop this reply (the Stop button). */
  readonly onCancelHandle?: (cancel: () => void) => void;
}

/**
 * Streams one reply through the guard: tokens → sentences → checks → paced commits. Stops the
 * model as soon as the guard flags or stops, so nothing after a flagged sentence is generated.
 */
export async function runReply(input: ReplyRunInput): Promise<ReplyRun> {
  const { guard } = input;
  let flagged: Extract<GuardEvent, { kind: 'flag' }> | undefined;
  let guardStopped = false;
  let userStopped = false;
  let released = 0;
  let queue: Promise<void> = Promise.resolve();
  let commitFailed = false;

  const handleEvents = (events: readonly GuardEvent[]): void => {
    for (const event of events) {
      if (event.kind === 'release') {
        released += 1;
        queue = queue.then(async () => {
          // Stop (or a crisis) ends the reply on screen at once: sentences still waiting are dropped.
          if (userStopped) return;
          await input.sleep(input.paceMs(event.text));
          if (userStopped) return;
          await input.commit(event.text, event.citations);
        }).catch(() => {
          commitFailed = true;
        });
      } else if (event.kind === 'flag') {
        flagged = event;
      } else if (event.kind === 'stop') {
        guardStopped = true;
      }
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
  if (!result.ok && result.error.code === 'cancelled' && userStopped) {
    await queue;
    return { outcome: 'stopped', released };
  }
  if (userStopped) {
    await queue;
    return { outcome: 'stopped', released };
  }
  if (!result.ok && !(result.error.code === 'cancelled' && (flagged || guardStopped))) {
    // The stream broke: keep every finished sentence that passes; drop a trailing half-sentence.
    if (!flagged) handleEvents(guard.end({ dropIncomplete: true }));
    await queue;
    return flagged ? { outcome: 'flagged', released, reason: flagged.reason, flags: flagged.flags } : { outcome: 'failed', released, code: result.error.code };
  }
  if (!guard.isFinished) handleEvents(guard.end({ dropIncomplete: result.ok && result.value.doneReason === 'length' }));
  await queue;
  if (commitFailed) return { outcome: 'failed', released, code: 'internal' };
  if (flagged) return { outcome: 'flagged', released, reason: flagged.reason, flags: flagged.flags };
  return result.ok ? { outcome: 'complete', released, stats: result.value.stats, doneReason: result.value.doneReason } : { outcome: 'complete', released };
}
