/**
 * POST /api/chat and /api/generate: validation, model lookup, load (with keep-alive and reloads on
 * load-option changes), slot queueing, prompt evaluation through the prompt cache, then the scripted
 * reply streamed token by token at the configured speed. Faults hook in where Ollama's real
 * failures happen: OOM and slow start at load, errors and drops during generation.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { normalizeModelName, type InstalledModel } from './catalogue';
import { DEFAULT_STREAM_ERROR } from './faults';
import type { OutputFormat } from './format';
import { clientGone, parseJsonBody, readBody, sendError, sendJson } from './http';
import { shapeReply, type ShapedReply } from './model';
import { buildChatPrompt, buildGeneratePrompt, type BuiltPrompt } from './prompt';
import { ChatBodySchema, GenerateBodySchema, unmarshalError, type ChatBody, type GenerateBody } from './requests';
import { parseKeepAlive, requestedLoadOptions, type Runner } from './runners';
import { recordCall, type CallRecord } from './stats';
import { loadTimeMs, type ServerState } from './state';
import { streamReply, type Timeline } from './generation';
import { formatBytes } from './units';

/** The two inference routes. */
export type InferenceRoute = 'chat' | 'generate';

type Body = { readonly route: 'chat'; readonly value: ChatBody } | { readonly route: 'generate'; readonly value: GenerateBody };

/** Ollama's out-of-memory wording (HTTP 500). */
export const oomMessage = (requiredBytes: number, availableBytes: number): string =>
  `model requires more system memory (${formatBytes(requiredBytes)}) than is available (${formatBytes(availableBytes)})`;

/** Handles one chat or generate request from start to end. */
export async function handleInference(route: InferenceRoute, req: IncomingMessage, res: ServerResponse, state: ServerState): Promise<void> {
  const startedAt = performance.now();
  const raw = parseJsonBody(await readBody(req));
  if (!raw.ok) return sendError(res, 400, raw.error);
  const parsed = parseBody(route, raw.value);
  if ('error' in parsed) return sendError(res, 400, parsed.error);
  const request: Body = parsed;
  const body = request.value;

  const key = normalizeModelName(body.model);
  if (!key) return sendError(res, 400, 'model is required');
  const model = state.installed.get(key);
  // Ollama's scheduler words for a model it does not have (show and delete say it differently).
  if (!model || state.faults.take('model-missing', { route, model: key })) return sendError(res, 404, `model "${body.model}" not found, try pulling it first`);
  const format = body.format as OutputFormat;
  if (typeof format === 'string' && format !== '' && format !== 'json') return sendError(res, 400, `invalid format: ${JSON.stringify(format)}`);
  const keepAliveMs = parseKeepAlive(body.keep_alive, state.defaultKeepAliveMs);
  if (keepAliveMs === undefined) return sendError(res, 400, `time: invalid duration ${JSON.stringify(body.keep_alive)}`);
  if (!model.capabilities.includes('completion')) return sendError(res, 400, `"${body.model}" does not support ${route}`);
  if (request.route === 'chat' && request.value.tools?.length && !model.capabilities.includes('tools')) {
    return sendError(res, 400, `"${body.model}" does not support tools`);
  }
  // Unset means the model's own default: thinking models think unless told not to.
  const think = model.thinksAlways || (body.think === undefined ? model.capabilities.includes('thinking') : body.think !== false);
  if (think && !model.capabilities.includes('thinking')) return sendError(res, 400, `"${body.model}" does not support thinking`);

  const isEmpty = request.route === 'chat' ? request.value.messages.length === 0 : request.value.prompt === '' && !request.value.context?.length;
  if (isEmpty && keepAliveMs === 0) {
    state.runners.unload(key);
    return sendJson(res, 200, emptyDone(route, body.model, 'unload'));
  }

  if (state.pending >= state.maxQueue) return sendError(res, 503, 'server busy, please try again.  maximum pending requests exceeded');
  const signal = clientGone(res);
  const ctx = { route, model: key };
  state.pending += 1;
  try {
    const slow = state.faults.take('slow-start', ctx);
    if (slow) await sleep(slow.ms, undefined, { signal });
    const oom = state.faults.take('oom', ctx);
    if (oom) {
      state.runners.unload(key);
      return sendError(res, 500, oomMessage(oom.requiredBytes ?? model.size * 1.4, oom.availableBytes ?? model.size * 0.6));
    }
    const ready = await ensureLoaded(state, model, body.options, signal);
    if (ready === 'too-big') return sendError(res, 500, oomMessage(model.size, state.runners.memoryBytes));
    const { runner, loaded } = ready;
    runner.active += 1;
    runner.lastUsed = performance.now();
    state.runners.keepAlive(runner, keepAliveMs); // /api/ps shows the deadline while the request runs
    try {
      const loadedAt = performance.now();
      if (isEmpty) return sendJson(res, 200, emptyDone(route, body.model, 'load'));
      await runCompletion({ route, request, body, model, runner, loaded, think, format, startedAt, loadedAt }, res, state, signal);
    } finally {
      runner.active -= 1;
      state.runners.keepAlive(runner, keepAliveMs);
    }
  } catch (error) {
    // The client left before an answer: Ollama logs 499 "request canceled" (nobody reads it).
    if (signal.aborted) return void (!res.headersSent && sendCanceled(res));
    if (!res.headersSent) sendError(res, 500, error instanceof Error ? error.message : String(error));
    else res.destroy();
  } finally {
    state.pending -= 1;
  }
}

/** 499 with Ollama's body, written for the record (the socket is already gone). */
function sendCanceled(res: ServerResponse): void {
  try {
    sendError(res, 499, 'request canceled');
  } catch {
    // Nothing can be written to a closed socket; the status is what the request log keeps.
  }
}

function parseBody(route: InferenceRoute, value: unknown): Body | { error: string } {
  if (route === 'chat') {
    const parsed = ChatBodySchema.safeParse(value);
    return parsed.success ? { route, value: parsed.data } : { error: unmarshalError(parsed.error, 'ChatRequest') };
  }
  const parsed = GenerateBodySchema.safeParse(value);
  return parsed.success ? { route, value: parsed.data } : { error: unmarshalError(parsed.error, 'GenerateRequest') };
}

/**
 * Reuses the loaded runner when its load options match, else loads (or reloads) the model. Requests
 * that arrive while the same load is under way wait for it instead of loading again, as Ollama's
 * scheduler does.
 */
async function ensureLoaded(
  state: ServerState,
  model: InstalledModel,
  options: Readonly<Record<string, unknown>>,
  signal: AbortSignal,
): Promise<{ runner: Runner; loaded: boolean } | 'too-big'> {
  const loadOptions = requestedLoadOptions(options, state.defaultNumCtx);
  const existing = state.runners.reusable(model.key, loadOptions);
  if (existing) return { runner: existing, loaded: false };
  const pending = state.runners.pendingLoad(model.key, loadOptions);
  if (pending) return { runner: await pending, loaded: false };
  state.runners.unload(model.key);
  const room = await state.runners.makeRoom(model, signal);
  if (room === 'too-big') return room;
  state.stats.evictions += room;
  const load = (async (): Promise<Runner> => {
    const ms = loadTimeMs(state.speed, model.size);
    if (ms > 0) await sleep(ms);
    state.stats.loads += 1;
    return state.runners.load(model, loadOptions);
  })();
  state.runners.trackLoad(model.key, loadOptions, load);
  const runner = await load;
  // The load finishes even if this client left (as Ollama's does); only then report the abort.
  signal.throwIfAborted();
  return { runner, loaded: true };
}

interface Completion {
  readonly route: InferenceRoute;
  readonly request: Body;
  readonly body: ChatBody | GenerateBody;
  readonly model: InstalledModel;
  readonly runner: Runner;
  readonly loaded: boolean;
  readonly think: boolean;
  readonly format: OutputFormat;
  readonly startedAt: number;
  readonly loadedAt: number;
}

async function runCompletion(c: Completion, res: ServerResponse, state: ServerState, signal: AbortSignal): Promise<void> {
  const r = c.request;
  const prompt: BuiltPrompt =
    r.route === 'chat' ? buildChatPrompt(r.value, c.runner.numCtx, c.model.system) : buildGeneratePrompt(r.value, c.model.system, state.vocab);
  const lease = await c.runner.slots.acquire(prompt.pieces, signal);
  const acquiredAt = performance.now();
  let generated: readonly string[] = [];
  let outcome: CallRecord['outcome'] = 'error';
  let ttftMs = Number.NaN;
  let promptEvaluated = false;
  try {
    const rate = state.speed.promptTokensPerSec;
    if (rate > 0) await sleep((lease.evaluatedTokens / rate) * 1000, undefined, { signal });
    promptEvaluated = true;
    const promptDoneAt = performance.now();
    const reply = await state.model.next({
      route: c.route,
      model: c.body.model,
      messages: prompt.messages,
      prompt: prompt.text,
      format: c.format,
      options: c.body.options,
      think: c.think,
    });
    if (reply.delayMs && reply.delayMs > 0) await sleep(reply.delayMs, undefined, { signal });
    const shaped: ShapedReply = shapeReply(reply, {
      format: c.format,
      stop: stopSequences(c.body.options.stop),
      numPredict: typeof c.body.options.num_predict === 'number' ? c.body.options.num_predict : undefined,
      think: c.think,
    });
    const timeline: Timeline = { startedAt: c.startedAt, loadedAt: c.loadedAt, promptStartAt: acquiredAt, promptDoneAt };
    const result = await streamReply(
      {
        route: c.route,
        modelName: c.body.model,
        stream: c.body.stream !== false,
        shaped,
        promptTokens: prompt.pieces.length,
        timeline,
        genTokensPerSec: state.speed.genTokensPerSec,
        midStreamError: state.faults.take('mid-stream-error', { route: c.route, model: c.model.key }),
        drop: state.faults.take('drop-connection', { route: c.route, model: c.model.key }),
        context: r.route === 'generate' && !r.value.raw ? (pieces) => state.vocab.encode([...prompt.pieces, ...pieces]) : undefined,
        defaultError: DEFAULT_STREAM_ERROR,
      },
      res,
      signal,
    );
    generated = result.generated;
    outcome = result.outcome;
    ttftMs = result.firstTokenAt === undefined ? Number.NaN : result.firstTokenAt - c.startedAt;
  } catch (error) {
    if (signal.aborted) outcome = 'aborted';
    else throw error;
  } finally {
    // A request cancelled during prompt evaluation leaves only the prefix that was already cached.
    lease.release(promptEvaluated ? [...prompt.pieces, ...generated] : prompt.pieces.slice(0, lease.cachedTokens));
    recordCall(state.stats, {
      route: c.route,
      model: c.body.model,
      stream: c.body.stream !== false,
      promptTokens: prompt.pieces.length,
      cachedTokens: lease.cachedTokens,
      evaluatedTokens: lease.evaluatedTokens,
      evalTokens: generated.length,
      loaded: c.loaded,
      slot: lease.slot,
      queuedMs: acquiredAt - c.loadedAt,
      ttftMs,
      totalMs: performance.now() - c.startedAt,
      outcome,
    });
  }
}

const stopSequences = (stop: unknown): string[] =>
  Array.isArray(stop) ? stop.filter((s): s is string => typeof s === 'string') : typeof stop === 'string' ? [stop] : [];

/** The one-object answer for an empty request that only loads or unloads the model. */
function emptyDone(route: InferenceRoute, model: string, doneReason: 'load' | 'unload'): Record<string, unknown> {
  const base = { model, created_at: new Date().toISOString() };
  return route === 'chat'
    ? { ...base, message: { role: 'assistant', content: '' }, done: true, done_reason: doneReason }
    : { ...base, response: '', done: true, done_reason: doneReason };
}
