/**
 * Loaded models, as Ollama's scheduler keeps them: each has load-time options (a request whose
 * load options differ reloads it, which empties its prompt cache), a keep-alive deadline, and its
 * prompt-cache slots. Expired models are dropped lazily whenever the registry is consulted.
 */
import type { InstalledModel } from './catalogue';
import { SlotPool } from './promptCache';

/** Options that are fixed when a model loads; changing any of them reloads it (Ollama's needsReload). */
export const LOAD_OPTION_DEFAULTS: Readonly<Record<string, unknown>> = {
  num_batch: 512,
  num_gpu: -1,
  main_gpu: 0,
  use_mmap: true,
  num_thread: 0,
};

/** Ollama's default keep-alive: five minutes. */
export const DEFAULT_KEEP_ALIVE_MS = 5 * 60_000;
/** What "forever" (a negative keep_alive) looks like in /api/ps: Go's maximum duration, ~292 years. */
const FOREVER_MS = 292 * 365.25 * 24 * 3600_000;

const DURATION_UNITS: Readonly<Record<string, number>> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * keep_alive in milliseconds: a number is seconds, a string is a Go duration ("5m", "1h30m", "0");
 * negative means forever (Infinity). Returns undefined when the value cannot be parsed.
 */
export function parseKeepAlive(value: unknown, fallbackMs = DEFAULT_KEEP_ALIVE_MS): number | undefined {
  if (value === undefined || value === null) return fallbackMs;
  let ms: number | undefined;
  if (typeof value === 'number') ms = value * 1000;
  else if (typeof value === 'string') {
    const text = value.trim();
    if (/^-?\d+(\.\d+)?$/.test(text)) ms = Number(text) * 1000;
    else if (/^-?(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(text)) {
      const sign = text.startsWith('-') ? -1 : 1;
      ms = 0;
      for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) ms += Number(amount) * (DURATION_UNITS[unit ?? 's'] ?? 0);
      ms *= sign;
    }
  }
  if (ms === undefined || Number.isNaN(ms)) return undefined;
  return ms < 0 ? Number.POSITIVE_INFINITY : ms;
}

/** One loaded model. */
export interface Runner {
  readonly model: InstalledModel;
  /** Load-time options it was loaded with (defaults filled in). */
  readonly loadOptions: Readonly<Record<string, unknown>>;
  /** Effective context window (requested num_ctx capped to the model's context length). */
  readonly numCtx: number;
  readonly slots: SlotPool;
  /** Epoch ms when it unloads; Infinity for keep_alive < 0. */
  expiresAt: number;
  /** Requests using it now; an in-use model does not expire. */
  active: number;
  /** performance.now() of its last use, for least-recently-used unloading. */
  lastUsed: number;
}

/** Load options a request asks for, with the server's defaults filled in. */
export function requestedLoadOptions(options: Readonly<Record<string, unknown>>, defaultNumCtx: number): Record<string, unknown> {
  const out: Record<string, unknown> = { num_ctx: defaultNumCtx, ...LOAD_OPTION_DEFAULTS };
  for (const key of Object.keys(out)) if (options[key] !== undefined) out[key] = options[key];
  return out;
}

const sameOptions = (a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean =>
  Object.keys(a).every((k) => a[k] === b[k]) && Object.keys(b).every((k) => a[k] === b[k]);

/** All loaded models of one server. */
export class RunnerRegistry {
  private readonly runners = new Map<string, Runner>();
  private readonly loading = new Map<string, { readonly loadOptions: Readonly<Record<string, unknown>>; readonly promise: Promise<Runner> }>();

  constructor(
    private readonly numParallel: () => number,
    /** Memory for loaded models; see `makeRoom`. */
    readonly memoryBytes: number = Number.POSITIVE_INFINITY,
  ) {}

  /**
   * Frees memory for `model` the way Ollama's scheduler does: idle models are unloaded, least
   * recently used first, until it fits; while the models in the way are busy, it waits for them.
   * Returns how many were unloaded, or 'too-big' when the model can never fit.
   */
  async makeRoom(model: InstalledModel, signal: AbortSignal, now: () => number = Date.now): Promise<number | 'too-big'> {
    if (model.size > this.memoryBytes) return 'too-big';
    let evicted = 0;
    for (;;) {
      const others = this.list(now()).filter((r) => r.model.key !== model.key);
      const used = others.reduce((sum, r) => sum + r.model.size, 0);
      if (used + model.size <= this.memoryBytes) return evicted;
      const idle = others.filter((r) => r.active === 0).sort((a, b) => a.lastUsed - b.lastUsed)[0];
      if (idle) {
        this.unload(idle.model.key);
        evicted += 1;
        continue;
      }
      signal.throwIfAborted();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Loaded runners still alive, longest remaining first (as /api/ps sorts them). */
  list(now = Date.now()): Runner[] {
    this.expire(now);
    return [...this.runners.values()].sort((a, b) => b.expiresAt - a.expiresAt);
  }

  /** The loaded runner for a model key, if any and not expired. */
  get(key: string, now = Date.now()): Runner | undefined {
    this.expire(now);
    return this.runners.get(key);
  }

  /** The runner that serves these load options, or undefined when the model must be (re)loaded first. */
  reusable(key: string, loadOptions: Readonly<Record<string, unknown>>): Runner | undefined {
    const runner = this.get(key);
    return runner && sameOptions(runner.loadOptions, loadOptions) ? runner : undefined;
  }

  /** A load of this model with these options that is under way, if any. */
  pendingLoad(key: string, loadOptions: Readonly<Record<string, unknown>>): Promise<Runner> | undefined {
    const pending = this.loading.get(key);
    return pending && sameOptions(pending.loadOptions, loadOptions) ? pending.promise : undefined;
  }

  /** Remembers a load under way until it settles. */
  trackLoad(key: string, loadOptions: Readonly<Record<string, unknown>>, promise: Promise<Runner>): void {
    const entry = { loadOptions, promise };
    this.loading.set(key, entry);
    const forget = (): void => {
      if (this.loading.get(key) === entry) this.loading.delete(key);
    };
    promise.then(forget, forget);
  }

  /** Installs a freshly loaded runner (replacing any previous one, whose cache is thereby lost). */
  load(model: InstalledModel, loadOptions: Readonly<Record<string, unknown>>): Runner {
    const requested = typeof loadOptions.num_ctx === 'number' ? loadOptions.num_ctx : 4096;
    const runner: Runner = {
      model,
      loadOptions,
      numCtx: Math.min(requested, model.contextLength),
      slots: new SlotPool(this.numParallel()),
      expiresAt: Number.POSITIVE_INFINITY,
      active: 0,
      lastUsed: performance.now(),
    };
    this.runners.set(model.key, runner);
    return runner;
  }

  /** Sets when the runner unloads, counted from now. */
  keepAlive(runner: Runner, keepAliveMs: number, now = Date.now()): void {
    runner.expiresAt = keepAliveMs === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : now + keepAliveMs;
  }

  /** Unloads a model now. */
  unload(key: string): void {
    this.runners.delete(key);
  }

  /** The ISO `expires_at` for /api/ps. */
  static expiresAtIso(runner: Runner, now = Date.now()): string {
    return new Date(runner.expiresAt === Number.POSITIVE_INFINITY ? now + FOREVER_MS : runner.expiresAt).toISOString();
  }

  private expire(now: number): void {
    for (const [key, runner] of this.runners) if (runner.active === 0 && runner.expiresAt <= now) this.runners.delete(key);
  }
}
