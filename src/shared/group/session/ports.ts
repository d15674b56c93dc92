// What the session engine needs from the outside, besides storage (store.ts): the model, the
// deterministic safety checks, retrieval, and a way to tell the screen what is happening.
import type { ErrorCode } from '@shared/contract/result';
import type { ChatRequest, ChatResult, Result, StreamHandle } from '@shared/contract';
import type { ChatToken } from '@shared/contract/channels/llm';
import type { GroupSafety, Language } from '@shared/domain';
import type { AskAbout } from '@shared/safety/gateResponse';
import type { ScoredFact } from '../turnPlanner';

/** The model, as the session uses it: the shape of `window.hearth.llm.chat`. */
export type ChatPort = (request: ChatRequest, onToken: (token: ChatToken) => void) => StreamHandle<ChatResult>;

/** A deterministic verdict on one user message. */
export interface Assessment {
  readonly level: 'crisis' | 'distress' | 'none';
  readonly categories: readonly string[];
  /** Set by classifiers that know a verdict is uncertain (ask rather than guess). */
  readonly uncertain?: boolean;
}

/** What the session needs from the safety module: deterministic, offline, fast. */
export interface SafetyPort {
  /** Crisis assessment of a user message, given their earlier messages (oldest first). */
  assess(text: string, recent: readonly string[]): Assessment;
  /**
   * Resolves once the full classifier is in, or after a short bound (then `assess` answers with the
   * rules alone). The gate awaits it before each decision, so a first message sent while the
   * learned half still loads gets the full classifier. Absent: `assess` is always complete.
   */
  ready?(): Promise<void>;
  adviceFlags(sentence: string, previous: string | undefined): readonly string[];
  /** Model-written text that is unsafe around crisis (method detail, encouragement of harm). */
  isCrisisUnsafe(sentence: string): boolean;
  /** The facilitator's scripted words for a crisis or distress. */
  crisisWords(level: 'crisis' | 'distress', categories: readonly string[], language: Language): string;
  /** The facilitator's words that replace a reply held twice. */
  adviceRedirectWords(language: Language, seed: number): string;
  /**
   * Optional second opinion from an installed guard model (Llama Guard) on ambiguous messages. It
   * can only raise the level; Hearth never needs it.
   */
  secondOpinion?(text: string, recent: readonly string[]): Promise<Assessment>;
}

/** Retrieval over the group's knowledge packs: `query` is what was just said, `before` the conversation before it (it counts for less). */
export type RetrievePort = (query: string, limit: number, before?: string) => readonly ScoredFact[];

/** How the session tells the screen what is happening beyond what is stored. */
export interface SessionEvents {
  typing(memberId: string | null): void;
  /**
   * The gate chose the crisis panel: open it now (called before anything is stored, so a storage
   * failure cannot hold it back). Distress is reported too, for screens that show help quietly.
   */
  crisis(level: 'crisis' | 'distress', categories: readonly string[]): void;
  /** The facilitator asked directly; peers wait for the answer. */
  ask?(about: AskAbout): void;
  /** The group's persisted safety state changed (paused, asking, open). */
  safety?(state: GroupSafety): void;
  /** A failure the user should see, with its typed code (e.g. model-missing, connection-lost). */
  failure(code: ErrorCode): void;
  /** Whether a turn (or a regenerate, continue or close) is running. */
  busy?(busy: boolean): void;
  /**
   * A message the gate let through is waiting for the model (none is ready yet): the peers answer it
   * as soon as one is. `null` when nothing waits any more.
   */
  waiting?(messageId: string | null): void;
  /** A model check finished: how long it took and how it ended (for measurement; never any text). */
  modelCheck?(kind: 'triage' | 'review', ms: number, outcome: 'pass' | 'hold' | 'raise' | 'timeout' | 'failed' | 'malformed'): void;
}

export type ChatOutcome = Result<ChatResult>;
