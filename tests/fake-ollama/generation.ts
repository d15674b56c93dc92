/**
 * Emits a shaped reply the way Ollama's handlers do: streamed as one NDJSON line per token, paced at
 * genTokensPerSec on an absolute schedule (so timer jitter does not accumulate), closed by a final
 * chunk with done_reason, counts and nanosecond durations; or, with stream:false, one JSON object
 * after the same amount of time. Injected mid-stream errors and dropped connections fire here.
 */
import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Fault } from './faults';
import { dropConnection, NdjsonStream, nanos, sendError, sendJson } from './http';
import type { ShapedReply } from './model';

/** Checkpoints of one request (performance.now() values). */
export interface Timeline {
  readonly startedAt: number;
  readonly loadedAt: number;
  readonly promptStartAt: number;
  readonly promptDoneAt: number;
}

/** Everything needed to emit one reply. */
export interface ReplyJob {
  readonly route: 'chat' | 'generate';
  readonly modelName: string;
  readonly stream: boolean;
  readonly shaped: ShapedReply;
  readonly promptTokens: number;
  readonly timeline: Timeline;
  readonly genTokensPerSec: number;
  readonly midStreamError: Extract<Fault, { kind: 'mid-stream-error' }> | undefined;
  readonly drop: Extract<Fault, { kind: 'drop-connection' }> | undefined;
  /** For /api/generate (not raw): the `context` token ids given the generated pieces. */
  readonly context: ((generated: readonly string[]) => number[]) | undefined;
  readonly defaultError: string;
}

/** What was generated and how it ended. */
export interface ReplyResult {
  readonly generated: readonly string[];
  readonly outcome: 'stop' | 'length' | 'aborted' | 'error' | 'dropped';
  readonly firstTokenAt: number | undefined;
}

interface Token {
  readonly piece: string;
  readonly thinking: boolean;
}

/** Streams or sends the reply; resolves when done (or when the client left). */
export async function streamReply(job: ReplyJob, res: ServerResponse, signal: AbortSignal): Promise<ReplyResult> {
  const tokens: Token[] = [
    ...job.shaped.thinkingPieces.map((piece) => ({ piece, thinking: true })),
    ...job.shaped.pieces.map((piece) => ({ piece, thinking: false })),
  ];
  const genStart = performance.now();
  const dueAt = (i: number): number => (job.genTokensPerSec > 0 ? genStart + ((i + 1) * 1000) / job.genTokensPerSec : 0);
  const errorAt = job.midStreamError ? Math.min(job.midStreamError.afterTokens, tokens.length) : undefined;
  const dropAt = job.drop ? Math.min(job.drop.afterTokens, tokens.length) : undefined;
  const stopAt = Math.min(errorAt ?? tokens.length, dropAt ?? tokens.length);
  const emitted = tokens.slice(0, stopAt);
  const generated = emitted.map((t) => t.piece);
  let firstTokenAt: number | undefined;

  if (job.stream) {
    const out = new NdjsonStream(res);
    for (let i = 0; i < emitted.length; i += 1) {
      const wait = dueAt(i) - performance.now();
      const aborted = { generated: generated.slice(0, i), outcome: 'aborted', firstTokenAt } as const;
      if (wait > 0 && !(await sleep(wait, true, { signal }).catch(() => false))) return aborted;
      const token = emitted[i];
      if (!token || !(await out.line(chunk(job, token)))) return aborted;
      firstTokenAt ??= performance.now();
    }
    if (dropAt !== undefined && dropAt === stopAt) {
      dropConnection(res);
      return { generated, outcome: 'dropped', firstTokenAt };
    }
    if (errorAt !== undefined) {
      const message = job.midStreamError?.message ?? job.defaultError;
      // Before the first line the status can still say 500; after it the error travels in-band.
      if (out.hasStarted) await out.line({ error: message });
      else sendError(res, 500, message);
      out.end();
      return { generated, outcome: 'error', firstTokenAt };
    }
    await out.line(finalChunk(job, generated, emitted, genStart, true));
    out.end();
    return { generated, outcome: job.shaped.doneReason, firstTokenAt };
  }

  const wait = dueAt(emitted.length - 1) - performance.now();
  if (emitted.length > 0 && wait > 0) await sleep(wait, undefined, { signal });
  if (dropAt !== undefined && dropAt === stopAt) {
    dropConnection(res);
    return { generated, outcome: 'dropped', firstTokenAt };
  }
  if (errorAt !== undefined) {
    sendError(res, 500, job.midStreamError?.message ?? job.defaultError);
    return { generated, outcome: 'error', firstTokenAt };
  }
  firstTokenAt = performance.now();
  sendJson(res, 200, finalChunk(job, generated, emitted, genStart, false));
  return { generated, outcome: job.shaped.doneReason, firstTokenAt };
}

function chunk(job: ReplyJob, token: Token): Record<string, unknown> {
  const base = { model: job.modelName, created_at: new Date().toISOString() };
  if (job.route === 'chat') {
    const message = token.thinking ? { role: 'assistant', content: '', thinking: token.piece } : { role: 'assistant', content: token.piece };
    return { ...base, message, done: false };
  }
  return token.thinking ? { ...base, response: '', thinking: token.piece, done: false } : { ...base, response: token.piece, done: false };
}

/** Ollama's metrics use omitempty: zero counts and durations are left out. */
function metrics(entries: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== 0));
}

function finalChunk(job: ReplyJob, generated: readonly string[], emitted: readonly Token[], genStart: number, streamed: boolean): Record<string, unknown> {
  const now = performance.now();
  const t = job.timeline;
  const content = streamed ? '' : emitted.filter((e) => !e.thinking).map((e) => e.piece).join('');
  const thinking = streamed ? '' : emitted.filter((e) => e.thinking).map((e) => e.piece).join('');
  const base = { model: job.modelName, created_at: new Date().toISOString() };
  const body =
    job.route === 'chat'
      ? { ...base, message: { role: 'assistant', content, ...(thinking ? { thinking } : {}) } }
      : { ...base, response: content, ...(thinking ? { thinking } : {}) };
  return {
    ...body,
    done: true,
    done_reason: job.shaped.doneReason,
    ...(job.context ? { context: job.context(generated) } : {}),
    ...metrics({
      total_duration: nanos(t.startedAt, now),
      load_duration: nanos(t.startedAt, t.loadedAt),
      prompt_eval_count: job.promptTokens,
      prompt_eval_duration: nanos(t.promptStartAt, t.promptDoneAt),
      eval_count: generated.length,
      eval_duration: nanos(genStart, now),
    }),
  };
}
