// The model triage of one user message, as the gate asks for it: the message in its recent
// context, a JSON verdict, and a deadline after which the call is cancelled and the deterministic
// decision stands (fails open). The one model call that may see a marked message as written.
import { parseTriage, type TriageVerdict } from '@shared/safety/modelTriage';
import type { SessionContext } from './context';
import { callModel } from './modelCall';
import { triageRequest } from './requestBuilder';

/** The gate's triage for a stored message, or undefined when the model layers are off. */
export function triageFor(ctx: SessionContext, messageId: string): (() => Promise<TriageVerdict | undefined>) | undefined {
  if (!ctx.layers.triage) return undefined;
  return async () => {
    const request = await triageRequest(ctx, messageId);
    const answer = await callModel(ctx, request, ctx.layers.triageTimeoutMs);
    const verdict = answer.kind === 'ok' ? parseTriage(answer.content) : undefined;
    const outcome = answer.kind === 'ok' ? (verdict ? (verdict.risk !== 'none' || verdict.emergency ? 'raise' : 'pass') : 'malformed') : answer.kind;
    ctx.deps.events.modelCheck?.('triage', answer.ms, outcome);
    return verdict;
  };
}
