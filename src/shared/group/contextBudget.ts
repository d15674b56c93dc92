// How much history fits the model's context, and when to summarise. The window's start moves in
// jumps, not one message at a time, so the transcript's beginning stays the same for many turns and
// Ollama's prompt cache keeps serving it.

/** Estimates tokens from characters, calibrated by the counts Ollama reports. */
export class TokenEstimator {
  private charsPerToken: number;

  constructor(initialCharsPerToken = 3.8) {
    this.charsPerToken = initialCharsPerToken;
  }

  estimate(text: string): number {
    return Math.ceil(text.length / this.charsPerToken);
  }

  /** Learns from a real prompt: its length in characters and Ollama's `prompt_eval_count`. */
  observe(chars: number, tokens: number): void {
    if (chars < 200 || tokens <= 0) return;
    const measured = chars / tokens;
    this.charsPerToken = Math.min(8, Math.max(1.5, this.charsPerToken * 0.7 + measured * 0.3));
  }

  get ratio(): number {
    return this.charsPerToken;
  }
}

export interface BudgetInput {
  /** The model's context length as Hearth configures it (num_ctx). */
  readonly numCtx: number;
  /** Tokens kept free for the reply (num_predict). */
  readonly replyTokens: number;
  /** Tokens of everything that is not transcript: rules, members, summary, facts, card, task. */
  readonly fixedTokens: number;
  /** Estimated tokens of each message, oldest first. */
  readonly messageTokens: readonly number[];
  /** Where the window started last time (index into messages). */
  readonly currentStart: number;
}

export interface Window {
  /** First message index inside the transcript window. */
  readonly start: number;
  /** Messages before `start` must be covered by the rolling summary. */
  readonly needsSummaryUpTo: number;
}

/** Share of the transcript budget the window is cut back to when it overflows. */
const REFILL = 0.55;

/** Chooses which messages go in the prompt. */
export function chooseWindow(input: BudgetInput): Window {
  const budget = Math.max(0, input.numCtx - input.replyTokens - input.fixedTokens);
  const n = input.messageTokens.length;
  const start = Math.min(Math.max(0, input.currentStart), n);
  const sumFrom = (i: number): number => input.messageTokens.slice(i).reduce((a, b) => a + b, 0);
  if (sumFrom(start) <= budget) return { start, needsSummaryUpTo: start };
  // Overflow: move the start forward until the window uses about half the budget, so the next
  // several turns fit without moving it again.
  let s = start;
  let used = sumFrom(s);
  while (s < n - 1 && used > budget * REFILL) {
    used -= input.messageTokens[s]!;
    s += 1;
  }
  return { start: s, needsSummaryUpTo: s };
}
