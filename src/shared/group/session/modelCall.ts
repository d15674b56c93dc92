// One non-streamed model call with a deadline: the model checks must never hold the group up for
// long, so a call that has not answered in time is cancelled (Ollama stops generating) and reported
// as a timeout. The session's Stop cancels it too.
import type { ErrorCode } from '@shared/contract/result';
import type { ChatRequest } from '@shared/contract/channels/llm';
import type { SessionContext } from './context';

/** How a call ended. */
export type ModelAnswer =
  | { readonly kind: 'ok'; readonly content: string; readonly ms: number }
  | { readonly kind: 'timeout'; readonly ms: number }
  | { readonly kind: 'failed'; readonly code: ErrorCode; readonly ms: number };

/** Calls the model and waits at most `timeoutMs` for the whole answer. */
export async function callModel(ctx: SessionContext, request: ChatRequest, timeoutMs: number): Promise<ModelAnswer> {
  // The model serves one call at a time: a check sent behind the warm-up would spend its deadline waiting.
  if (ctx.warming) await ctx.warming.done;
  const started = performance.now();
  const handle = ctx.deps.chat(request, () => undefined);
  let timedOut = false;
  const previousCancel = ctx.cancelCurrent;
  ctx.cancelCurrent = () => void handle.cancel();
  const timer = setTimeout(() => {
    timedOut = true;
    void handle.cancel();
  }, timeoutMs);
  try {
    const result = await handle.done;
    const ms = performance.now() - started;
    if (result.ok) ctx.observeThinking(result.value.thinkingChars);
    if (timedOut) return { kind: 'timeout', ms };
    return result.ok ? { kind: 'ok', content: result.value.content, ms } : { kind: 'failed', code: result.error.code, ms };
  } finally {
    clearTimeout(timer);
    ctx.cancelCurrent = previousCancel;
  }
}
