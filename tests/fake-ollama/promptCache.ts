/**
 * The prompt-cache simulation, modelled on Ollama's runner: a loaded model has NUM_PARALLEL slots;
 * each slot keeps the tokens of its last sequence (prompt plus what was generated). A new request
 * takes a free slot — the one sharing the longest common prefix with its prompt, else the least
 * recently used — and only the tokens after that prefix are evaluated. At least one token is
 * always evaluated (the runner needs fresh logits to sample from). When every slot is busy,
 * requests wait in arrival order, as Ollama queues them.
 */

/** Number of leading tokens two sequences share. */
export function longestCommonPrefix(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i += 1;
  return i;
}

/** A slot held by one request until it calls `release`. */
export interface SlotLease {
  /** Index of the slot, 0-based. */
  readonly slot: number;
  /** Prompt tokens served from the slot's cache. */
  readonly cachedTokens: number;
  /** Prompt tokens that must be evaluated (prompt length minus cached). */
  readonly evaluatedTokens: number;
  /** Stores the sequence now in the slot (prompt + generated tokens) and frees it. */
  release(sequence: readonly string[]): void;
}

interface Slot {
  tokens: readonly string[];
  busy: boolean;
  lastUsed: number;
}

interface Waiter {
  readonly prompt: readonly string[];
  readonly resolve: (lease: SlotLease) => void;
}

/** The slots of one loaded model. */
export class SlotPool {
  private readonly slots: Slot[];
  private readonly waiting: Waiter[] = [];
  private clock = 0;

  constructor(readonly size: number) {
    this.slots = Array.from({ length: Math.max(1, Math.floor(size)) }, () => ({ tokens: [], busy: false, lastUsed: 0 }));
  }

  /** Waits for a free slot (FIFO); rejects with the signal's reason if aborted while waiting. */
  acquire(prompt: readonly string[], signal?: AbortSignal): Promise<SlotLease> {
    const free = this.pickFree(prompt);
    if (free !== undefined) return Promise.resolve(this.lease(free, prompt));
    return new Promise<SlotLease>((resolve, reject) => {
      const onAbort = (): void => {
        const i = this.waiting.indexOf(waiter);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
      };
      const waiter: Waiter = {
        prompt,
        resolve: (lease) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(lease);
        },
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  /** Number of requests waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  /** What each slot holds now (for assertions). */
  contents(): ReadonlyArray<readonly string[]> {
    return this.slots.map((s) => s.tokens);
  }

  private pickFree(prompt: readonly string[]): number | undefined {
    let best: number | undefined;
    let bestPrefix = 0;
    let lru: number | undefined;
    this.slots.forEach((slot, i) => {
      if (slot.busy) return;
      const prefix = longestCommonPrefix(slot.tokens, prompt);
      if (prefix > bestPrefix) {
        best = i;
        bestPrefix = prefix;
      }
      if (lru === undefined || slot.lastUsed < (this.slots[lru]?.lastUsed ?? 0)) lru = i;
    });
    return best ?? lru;
  }

  private lease(index: number, prompt: readonly string[]): SlotLease {
    const slot = this.slots[index];
    if (!slot) throw new Error(`no slot ${index}`);
    slot.busy = true;
    const prefix = longestCommonPrefix(slot.tokens, prompt);
    const cachedTokens = prompt.length > 0 ? Math.min(prefix, prompt.length - 1) : 0;
    let released = false;
    return {
      slot: index,
      cachedTokens,
      evaluatedTokens: prompt.length - cachedTokens,
      release: (sequence) => {
        if (released) return;
        released = true;
        this.clock += 1;
        slot.tokens = [...sequence];
        slot.busy = false;
        slot.lastUsed = this.clock;
        this.wakeNext();
      },
    };
  }

  private wakeNext(): void {
    const next = this.waiting[0];
    if (!next) return;
    const free = this.pickFree(next.prompt);
    if (free === undefined) return;
    this.waiting.shift();
    next.resolve(this.lease(free, next.prompt));
  }
}
