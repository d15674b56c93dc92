// Prompt-cache warm-ups: while the person reads and writes, the model evaluates what every prompt of
// the next turn begins with (the policy, the setting, the members, the summary and the conversation so
// far), so their next message's first reply evaluates only what that message adds. On a laptop the
// shared text alone is seconds of evaluation, and after the window moves far more.
import type { SessionContext } from './context';
import { warmRequest } from './requestBuilder';

/**
 * Fills the cache with the next turn's shared prefix. Nothing the person has not sent, and nothing the
 * gate held back, is in it. Skipped while a turn runs, when the group is paused for help, without a
 * model, and in the measuring layouts whose speaker prompts do not begin with that prefix (it would be
 * evaluated for nothing). Never throws; Stop cancels it. Resolves to whether the cache was filled.
 */
export async function warmCache(ctx: SessionContext): Promise<boolean> {
  const sharesPrefix = (ctx.deps.layout ?? 'shared-first') === 'shared-first';
  if (!sharesPrefix || ctx.deps.model === 'none' || ctx.safety.state !== 'open' || ctx.busy || ctx.warming) return false;
  try {
    const handle = ctx.deps.chat(await warmRequest(ctx), () => undefined);
    const warming = { done: handle.done.catch(() => undefined), cancel: () => void handle.cancel() };
    ctx.warming = warming;
    const result = await handle.done;
    if (ctx.warming === warming) ctx.warming = undefined;
    return result.ok;
  } catch {
    ctx.warming = undefined;
    return false;
  }
}

/** After a turn: warm the next one's prefix unless more is already waiting, Stop was pressed, or the group paused. */
export function warmAfterTurn(ctx: SessionContext): void {
  if (ctx.stopRequested || ctx.queued.length > 0 || ctx.safety.state !== 'open') return;
  void warmCache(ctx);
}
