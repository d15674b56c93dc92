/** Counters the fake keeps so tests and benches can assert what the "model" did. */

/** One chat or generate call, recorded when it ends. */
export interface CallRecord {
  readonly route: 'chat' | 'generate';
  /** Model name as sent. */
  readonly model: string;
  readonly stream: boolean;
  /** Whole prompt, in tokens (Ollama's prompt_eval_count). */
  readonly promptTokens: number;
  /** Prompt tokens served from the slot's cache. */
  readonly cachedTokens: number;
  /** Prompt tokens evaluated (and paid for in time). */
  readonly evaluatedTokens: number;
  /** Tokens generated (eval_count), including thinking tokens. */
  readonly evalTokens: number;
  /** Whether this call had to (re)load the model. */
  readonly loaded: boolean;
  /** Slot index used, or -1 if the call never got one. */
  readonly slot: number;
  /** Time spent waiting for a free slot. */
  readonly queuedMs: number;
  /** Request start to first token written (NaN if none). */
  readonly ttftMs: number;
  readonly totalMs: number;
  /** "stop" / "length", or how it ended otherwise. */
  readonly outcome: 'stop' | 'length' | 'aborted' | 'error' | 'dropped';
}

/** Totals over all calls, plus the calls themselves. */
export interface FakeStats {
  /** HTTP requests received (any route). */
  requests: number;
  promptTokens: number;
  cachedTokens: number;
  evaluatedTokens: number;
  evalTokens: number;
  /** Model loads (first load, reloads after an option change or unload). */
  loads: number;
  /** Loaded models unloaded to make room for another (under `memoryBytes`). */
  evictions: number;
  /** Chat/generate calls in the order they finished. */
  readonly calls: CallRecord[];
}

/** A fresh set of counters. */
export const emptyStats = (): FakeStats => ({ requests: 0, promptTokens: 0, cachedTokens: 0, evaluatedTokens: 0, evalTokens: 0, loads: 0, evictions: 0, calls: [] });

/** Adds a finished call to the totals. */
export function recordCall(stats: FakeStats, call: CallRecord): void {
  stats.promptTokens += call.promptTokens;
  stats.cachedTokens += call.cachedTokens;
  stats.evaluatedTokens += call.evaluatedTokens;
  stats.evalTokens += call.evalTokens;
  stats.calls.push(call);
}
