/**
 * The scripted model: what the fake "generates". A script is a fixed string, a queue of strings
 * (one per request, the last one repeating once the queue runs out), or a function of the request
 * that returns the text (optionally with thinking). Everything is deterministic: the same requests
 * in the same order give the same replies. Stop sequences and num_predict are applied here.
 */
import type { OutputFormat } from './format';
import { constrainToFormat } from './format';
import { END_OF_TURN } from './template';
import { tokenize } from './tokenizer';

/** What a script function is told about the request it answers. */
export interface ScriptRequest {
  readonly route: 'chat' | 'generate';
  /** Model name as the client sent it. */
  readonly model: string;
  /** Chat messages (for /api/generate: the system and prompt as two messages). */
  readonly messages: ReadonlyArray<{ readonly role: string; readonly content: string }>;
  /** The full prompt text after templating, as the model sees it. */
  readonly prompt: string;
  readonly format: OutputFormat;
  readonly options: Readonly<Record<string, unknown>>;
  /** Whether the client asked for thinking. */
  readonly think: boolean;
  /** 0 for the first scripted reply of this server, then 1, 2, … */
  readonly index: number;
}

/** A scripted reply with optional reasoning text (streamed before the answer when `think` is on). */
export interface ScriptedReply {
  readonly text: string;
  readonly thinking?: string;
  /**
   * The model "thinks" this long (real time) before its first token, like a slow or stuck model.
   * A client that gives up and cancels ends the wait, and the slot is free again, as in Ollama.
   */
  readonly delayMs?: number;
}

/** The model's behaviour: a constant (text or reply), a queue, or a function of the request. */
export type ReplyScript = string | ScriptedReply | readonly string[] | ((request: ScriptRequest) => string | ScriptedReply | Promise<string | ScriptedReply>);

/** Default reply when no script is given. */
export const DEFAULT_REPLY = 'Thank you for sharing that with the group. Many of us have felt the same way.';

/** Holds the current script and hands out replies in order. */
export class ScriptedModel {
  private script: ReplyScript;
  private queue: string[] = [];
  private calls = 0;

  constructor(script: ReplyScript = DEFAULT_REPLY) {
    this.script = script;
    this.set(script);
  }

  /** Replaces the script (and restarts a queue). */
  set(script: ReplyScript): void {
    this.script = script;
    this.queue = Array.isArray(script) ? [...(script as readonly string[])] : [];
  }

  /** The next reply for this request. */
  async next(request: Omit<ScriptRequest, 'index'>): Promise<ScriptedReply> {
    const index = this.calls;
    this.calls += 1;
    const script = this.script;
    if (typeof script === 'string') return { text: script };
    if (typeof script === 'function') {
      const out = await script({ ...request, index });
      return typeof out === 'string' ? { text: out } : out;
    }
    if (!Array.isArray(script)) return script as ScriptedReply;
    const text = this.queue.length > 1 ? this.queue.shift() : this.queue[0];
    return { text: text ?? '' };
  }
}

/** Why generation ended, as Ollama reports it. */
export type DoneReason = 'stop' | 'length';

/** The reply as it will be streamed: token pieces, and why it ends. */
export interface ShapedReply {
  readonly pieces: readonly string[];
  readonly thinkingPieces: readonly string[];
  readonly doneReason: DoneReason;
}

/** Options that shape the output, read from the request's `options`. */
export interface ShapeOptions {
  readonly format: OutputFormat;
  readonly stop: readonly string[];
  /** Maximum generated tokens; undefined or negative means unlimited (Ollama's -1). */
  readonly numPredict: number | undefined;
  readonly think: boolean;
}

/**
 * Applies format, stop sequences (the template's end-of-turn marker always stops, like EOS) and
 * num_predict. Stopping happens on text, so a stop sequence never appears in the output; thinking
 * tokens count towards num_predict first, as they do in Ollama.
 */
export function shapeReply(reply: ScriptedReply, opts: ShapeOptions): ShapedReply {
  let text = constrainToFormat(reply.text, opts.format);
  for (const stop of [END_OF_TURN, ...opts.stop]) {
    if (stop === '') continue;
    const at = text.indexOf(stop);
    if (at >= 0) text = text.slice(0, at);
  }
  let thinkingPieces = opts.think && reply.thinking ? tokenize(reply.thinking) : [];
  let pieces = tokenize(text);
  const limit = opts.numPredict !== undefined && opts.numPredict > 0 ? opts.numPredict : undefined;
  if (limit === undefined || thinkingPieces.length + pieces.length <= limit) return { pieces, thinkingPieces, doneReason: 'stop' };
  thinkingPieces = thinkingPieces.slice(0, limit);
  pieces = pieces.slice(0, limit - thinkingPieces.length);
  return { pieces, thinkingPieces, doneReason: 'length' };
}
