/**
 * Scripted answers for Hearth's model checks (the triage of a user message and the review of a
 * draft reply), so every branch of the second safety layer can be driven through the real server:
 * an answer (pass, raise, hold), malformed JSON, a slow answer, and no answer until the client
 * gives up. Requests that are not checks (peers, the facilitator, summaries) go to `reply`.
 *
 *   const fake = await startFakeOllama({ reply: judged({ triage: raise('unclear'), reply: () => 'Same here.' }) });
 */
import type { ScriptedReply, ScriptRequest } from './model';

/** How the judge answers one check. */
export type JudgeBehaviour =
  /** Valid JSON, passed through as the constrained model's output. */
  | { readonly kind: 'answer'; readonly json: unknown }
  /** Valid JSON that does not fit the schema (a wrong enum, a missing field). */
  | { readonly kind: 'malformed' }
  /** A JSON answer cut off mid-way: longer than the request's num_predict, as a rambling model's would be. */
  | { readonly kind: 'truncated' }
  /** The answer after a real delay (the model is slow). */
  | { readonly kind: 'slow'; readonly ms: number; readonly json: unknown }
  /** No answer at all until the client cancels (a stuck model). */
  | { readonly kind: 'timeout' };

type Behaviour = JudgeBehaviour | ((request: ScriptRequest) => JudgeBehaviour);

export interface JudgeScript {
  /** The triage's answer; default: no sign of risk. */
  readonly triage?: Behaviour;
  /** The review's answer; default: every sentence "ok". */
  readonly review?: Behaviour;
  /** Everything else (peers, the facilitator, summaries). */
  readonly reply: (request: ScriptRequest) => string | ScriptedReply;
}

/** A triage request (Hearth's task text, with a JSON schema). */
export const isTriageRequest = (req: ScriptRequest): boolean => req.format !== undefined && /SAFETY CHECK of the new member's last message \(answer/.test(req.prompt);

/** A review request. */
export const isReviewRequest = (req: ScriptRequest): boolean => req.format !== undefined && /REVIEW of [^\n]+'s draft reply \(answer/.test(req.prompt);

/** The numbered sentences a review request asks about. */
export function reviewedSentences(req: ScriptRequest): string[] {
  const last = req.messages.at(-1)?.content ?? '';
  const task = last.slice(last.lastIndexOf('REVIEW of '));
  return task
    .split('\n')
    .slice(1)
    .flatMap((line) => {
      const m = /^\d+\. (.*)$/.exec(line);
      if (!m) return [];
      // Hearth quotes each sentence (JSON string) so a sentence can never forge a line of its own.
      try {
        const parsed: unknown = JSON.parse(m[1]!);
        return [typeof parsed === 'string' ? parsed : m[1]!];
      } catch {
        return [m[1]!];
      }
    });
}

/** The triage's answer: only the fields that apply, `{}` when none does (as Hearth's policy asks). */
export const triageAnswer = (fields: Partial<{ risk: 'none' | 'unclear' | 'high'; emergency: boolean; medical: boolean; addressed: string[] }> = {}): JudgeBehaviour => ({
  kind: 'answer',
  json: { ...fields },
});

/** A triage that raises: risk "unclear" or "high". */
export const raise = (risk: 'unclear' | 'high' = 'unclear'): JudgeBehaviour => triageAnswer({ risk });

/** A review that passes every sentence. */
export const passAll = (req: ScriptRequest): JudgeBehaviour => ({ kind: 'answer', json: reviewedSentences(req).map(() => 'ok') });

/** A review that holds the sentences matching a pattern (as personal medical advice). */
export const holdMatching =
  (pattern: RegExp, verdict: 'advice' | 'discourage' | 'human' = 'advice') =>
  (req: ScriptRequest): JudgeBehaviour => ({ kind: 'answer', json: reviewedSentences(req).map((s) => (pattern.test(s) ? verdict : 'ok')) });

/** A stuck model: longer than any client waits. */
const STUCK_MS = 10 * 60 * 1000;

function render(behaviour: JudgeBehaviour, req: ScriptRequest): ScriptedReply {
  switch (behaviour.kind) {
    case 'answer':
      return { text: JSON.stringify(behaviour.json) };
    case 'malformed':
      return { text: isTriageRequest(req) ? '{"risk":"maybe","emergency":"no"}' : '{"verdicts":"fine"}' };
    case 'truncated': {
      // Valid only if whole; num_predict cuts it, so the client gets the first part of it.
      const filler = Array.from({ length: 200 }, (_, i) => `"note ${i}"`).join(',');
      return { text: `[${filler}]` };
    }
    case 'slow':
      return { text: JSON.stringify(behaviour.json), delayMs: behaviour.ms };
    case 'timeout':
      return { text: '{}', delayMs: STUCK_MS };
  }
}

/** A reply script that answers the model checks as told and everything else with `reply`. */
export function judged(script: JudgeScript): (req: ScriptRequest) => ScriptedReply {
  const pick = (b: Behaviour | undefined, fallback: (req: ScriptRequest) => JudgeBehaviour, req: ScriptRequest): JudgeBehaviour =>
    b === undefined ? fallback(req) : typeof b === 'function' ? b(req) : b;
  return (req) => {
    if (isTriageRequest(req)) return render(pick(script.triage, () => triageAnswer(), req), req);
    if (isReviewRequest(req)) return render(pick(script.review, passAll, req), req);
    const out = script.reply(req);
    return typeof out === 'string' ? { text: out } : out;
  };
}
