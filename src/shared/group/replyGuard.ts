import type { Citation } from '../domain';
import { isUnsourcedClaim, resolveCitations, type NumberedFacts } from './citations';
import { DEFAULT_LIMITS, findOtherSpeakerStart, hasRunOn, isMetaSentence, stripSelfPrefix, tidySentence, type LengthLimits, type SpeakerContext } from './replyCleaner';
import { findSentenceEnd } from './sentenceBuffer';

/** The checks a sentence must pass before anyone sees it (injected: the safety module owns them). */
export interface SentenceChecks {
  /** Medical advice: telling the user to start/stop/change a medicine, diagnosing, discouraging care… */
  adviceFlags(sentence: string, previous: string | undefined): readonly string[];
  /** Content that is unsafe around crisis (method detail, encouragement of harm). */
  isCrisisUnsafe(sentence: string): boolean;
}

/** What the guard decided about the stream so far. */
export type GuardEvent =
  | { readonly kind: 'release'; readonly text: string; readonly citations: readonly Citation[] }
  /** A sentence that is held back without stopping the reply (not a sourced fact, or frame-breaking). */
  | { readonly kind: 'hold'; readonly reason: 'unsourced-claim' | 'meta' }
  /** Stop now and regenerate: a sentence gave advice or was unsafe. Nothing of it is shown. */
  | { readonly kind: 'flag'; readonly reason: 'advice' | 'unsafe'; readonly flags: readonly string[] }
  /** Stop the stream; what was released is the reply. */
  | { readonly kind: 'stop'; readonly reason: 'run-on' | 'other-speaker' };

export interface ReplyGuardOptions {
  readonly speaker: SpeakerContext;
  readonly facts: NumberedFacts;
  readonly treatmentNames: readonly string[];
  readonly checks: SentenceChecks;
  readonly limits?: LengthLimits;
}

/** Characters beyond the speaker's name to wait for before deciding whether the reply opens with it. */
const PREFIX_SLACK = 16;

/** Ends with sentence punctuation (and maybe closing quotes or a citation marker). */
const FINISHED_SENTENCE = /[.!?…]["”’')\]]*(\s?\[\d+(\s*,\s*\d+)*\])?$/;

/**
 * The reply guard: stream → sentences → checks → release. It never releases a sentence that failed
 * a check; after a flag or a stop it ignores further input.
 */
export class ReplyGuard {
  private raw = '';
  private released = 0;
  private releasedChars = 0;
  private cursor = 0;
  private prefixHandled = false;
  private finished = false;
  private previous: string | undefined;
  private readonly limits: LengthLimits;

  constructor(private readonly options: ReplyGuardOptions) {
    this.limits = options.limits ?? DEFAULT_LIMITS;
  }

  /** Number of sentences released so far. */
  get releasedCount(): number {
    return this.released;
  }

  /** True after a flag or a stop: the caller should cancel the model stream. */
  get isFinished(): boolean {
    return this.finished;
  }

  push(chunk: string): GuardEvent[] {
    if (this.finished) return [];
    this.raw += chunk;
    return this.advance(false);
  }

  /**
   * The stream ended: judge what is left. With `dropIncomplete` (the connection broke, or the reply
   * hit its length limit) a trailing piece that is not a finished sentence is discarded, so a
   * half-sentence never reaches the screen.
   */
  end(options: { dropIncomplete?: boolean } = {}): GuardEvent[] {
    if (this.finished) return [];
    if (!options.dropIncomplete) {
      const events = this.advance(true);
      this.finished = true;
      return events;
    }
    const events = this.advance(false);
    if (!this.finished) {
      const otherAt = findOtherSpeakerStart(this.raw, this.options.speaker);
      const rest = this.raw.slice(this.cursor, otherAt >= 0 ? otherAt : this.raw.length).trim();
      if (FINISHED_SENTENCE.test(rest)) {
        const event = this.judge(rest);
        if (event) events.push(event);
      }
    }
    this.finished = true;
    return events;
  }

  private advance(final: boolean): GuardEvent[] {
    if (!this.prefixHandled) {
      const window = this.options.speaker.speaker.length + PREFIX_SLACK;
      if (!final && this.raw.length < window && !this.raw.includes('\n')) return [];
      this.raw = stripSelfPrefix(this.raw, this.options.speaker.speaker);
      this.prefixHandled = true;
    }
    const events: GuardEvent[] = [];
    const otherAt = findOtherSpeakerStart(this.raw, this.options.speaker);
    const limit = otherAt >= 0 ? otherAt : this.raw.length;
    const cutOff = otherAt >= 0;
    for (;;) {
      const rest = this.raw.slice(this.cursor, limit);
      const end = findSentenceEnd(rest, final || cutOff);
      if (end < 0) break;
      const sentence = rest.slice(0, end);
      this.cursor += end;
      const event = this.judge(sentence);
      if (event) events.push(event);
      if (event?.kind === 'flag') {
        this.finished = true;
        return events;
      }
      if (hasRunOn(this.released, this.releasedChars, this.limits)) {
        events.push({ kind: 'stop', reason: 'run-on' });
        this.finished = true;
        return events;
      }
      if (!rest.slice(end).trim()) break;
    }
    if (cutOff) {
      events.push({ kind: 'stop', reason: 'other-speaker' });
      this.finished = true;
    }
    return events;
  }

  private judge(rawSentence: string): GuardEvent | undefined {
    const sentence = tidySentence(rawSentence);
    if (!sentence || !/[\p{L}\p{N}]/u.test(sentence)) return undefined;
    if (isMetaSentence(sentence)) return { kind: 'hold', reason: 'meta' };
    const { checks } = this.options;
    const flags = checks.adviceFlags(sentence, this.previous);
    if (flags.length > 0) return { kind: 'flag', reason: 'advice', flags };
    // Advice split across two sentences ("Stop taking the metformin? Just do it for a week.").
    const joined = this.previous ? checks.adviceFlags(`${this.previous} ${sentence}`, undefined) : [];
    if (joined.length > 0) return { kind: 'flag', reason: 'advice', flags: joined };
    if (checks.isCrisisUnsafe(sentence)) return { kind: 'flag', reason: 'unsafe', flags: ['crisis-unsafe'] };
    if (isUnsourcedClaim(sentence, this.options.treatmentNames)) return { kind: 'hold', reason: 'unsourced-claim' };
    const { text, citations } = resolveCitations(sentence, this.options.facts);
    if (!text) return undefined;
    this.previous = text;
    this.released += 1;
    this.releasedChars += text.length;
    return { kind: 'release', text, citations };
  }
}
