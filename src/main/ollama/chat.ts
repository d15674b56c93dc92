import type { Options } from 'ollama';
import { HearthFailure, type ChatRequest, type ChatResult } from '@shared/contract';
import { createOllamaClient } from './client';
import { isBusy, toRuntimeFailure } from './errors';
import { withRetry } from './retry';

/** How long to wait: for the first token (includes loading the model) and between tokens. */
export interface ChatTimeouts {
  readonly firstTokenMs: number;
  readonly idleMs: number;
}

/** Loading a model from a slow laptop disk can take a minute or more; after that tokens flow. */
export const DEFAULT_CHAT_TIMEOUTS: ChatTimeouts = { firstTokenMs: 180_000, idleMs: 60_000 };

/** One streamed reply. */
export interface ChatJob {
  readonly host: string;
  readonly request: ChatRequest;
  readonly signal: AbortSignal;
  readonly onToken: (text: string) => void;
  readonly timeouts?: ChatTimeouts;
  /** Retries when Ollama says it is busy, before any token arrived. */
  readonly retry?: { readonly retries: number; readonly baseDelayMs: number };
}

const NS_PER_MS = 1e6;

/**
 * How long the model stays loaded between turns when the caller does not say. The same value on
 * every call: a person pausing to think should not cost the group its loaded model and prompt cache
 * (Ollama's own default is five minutes).
 */
export const DEFAULT_KEEP_ALIVE = '30m';

/** Ollama's option names from ours; `num_ctx` always, the rest only when given. */
export function toOllamaOptions(options: ChatRequest['options']): Partial<Options> {
  const mapped: Partial<Options> = { num_ctx: options.numCtx };
  if (options.temperature !== undefined) mapped.temperature = options.temperature;
  if (options.seed !== undefined) mapped.seed = options.seed;
  if (options.numPredict !== undefined) mapped.num_predict = options.numPredict;
  if (options.topP !== undefined) mapped.top_p = options.topP;
  if (options.topK !== undefined) mapped.top_k = options.topK;
  if (options.stop !== undefined) mapped.stop = options.stop;
  return mapped;
}

/** Streams a chat reply from Ollama token by token. Throws typed failures; the caller keeps the tokens it saw. */
export async function streamChat(job: ChatJob): Promise<ChatResult> {
  const timeouts = job.timeouts ?? DEFAULT_CHAT_TIMEOUTS;
  const controller = new AbortController();
  const cancel = (): void => controller.abort(job.signal.reason);
  job.signal.addEventListener('abort', cancel, { once: true });
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (ms: number): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, ms);
  };

  const { request } = job;
  let content = '';
  let thinkingChars = 0;
  try {
    arm(timeouts.firstTokenMs);
    const parts = await withRetry(
      () =>
        createOllamaClient(job.host, controller.signal).chat({
          model: request.model,
          messages: request.messages,
          stream: true,
          options: toOllamaOptions(request.options),
          ...(request.format !== undefined ? { format: request.format } : {}),
          ...(request.think !== undefined ? { think: request.think } : {}),
          keep_alive: request.keepAlive ?? DEFAULT_KEEP_ALIVE,
        }),
      { retries: job.retry?.retries ?? 2, baseDelayMs: job.retry?.baseDelayMs ?? 500, shouldRetry: isBusy, signal: controller.signal },
    );
    controller.signal.addEventListener('abort', () => parts.abort(), { once: true });
    for await (const part of parts) {
      // Reasoning is activity (the model has started) but never part of the reply.
      const thinking = part.message?.thinking ?? '';
      if (thinking) {
        if (!content && thinkingChars === 0) arm(timeouts.idleMs);
        thinkingChars += thinking.length;
        timer?.refresh();
      }
      const text = part.message?.content ?? '';
      if (text) {
        if (!content && thinkingChars === 0) arm(timeouts.idleMs);
        content += text;
        job.onToken(text);
        timer?.refresh();
      }
      if (part.done) {
        return {
          content,
          thinkingChars,
          doneReason: part.done_reason || 'stop',
          stats: {
            promptEvalCount: part.prompt_eval_count ?? 0,
            evalCount: part.eval_count ?? 0,
            totalDurationMs: (part.total_duration ?? 0) / NS_PER_MS,
            loadDurationMs: (part.load_duration ?? 0) / NS_PER_MS,
            promptEvalDurationMs: (part.prompt_eval_duration ?? 0) / NS_PER_MS,
            evalDurationMs: (part.eval_duration ?? 0) / NS_PER_MS,
          },
        };
      }
    }
    throw new HearthFailure('connection-lost', 'The connection to Ollama was lost.');
  } catch (error) {
    if (job.signal.aborted) throw error;
    if (timedOut) throw new HearthFailure('timeout', content ? 'The model stopped answering.' : 'The model took too long to start answering.');
    throw toRuntimeFailure(error, 'chat');
  } finally {
    clearTimeout(timer);
    job.signal.removeEventListener('abort', cancel);
  }
}
