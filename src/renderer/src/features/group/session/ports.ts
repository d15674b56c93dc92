import type { ChatRequest, ChatResult, Result, StreamHandle } from '../../../../../shared/contract';
import type { ChatToken } from '../../../../../shared/contract/channels/llm';
import type { Language } from '../../../../../shared/domain';
import type { ScoredFact } from '../../../../../shared/group/turnPlanner';

/** The model, as the session uses it: the shape of `window.hearth.llm.chat`. */
export type ChatPort = (request: ChatRequest, onToken: (token: ChatToken) => void) => StreamHandle<ChatResult>;

/** What the session needs from the safety module. */
export interface SafetyPort {
  /** Crisis assessment of a user message, given their earlier messages (oldest first). */
  assess(text: string, recent: readonly string[]): { level: 'crisis' | 'distress' | 'none'; categories: readonly string[] };
  adviceFlags(sentence: string, previous: string | undefined): readonly string[];
  isCrisisUnsafe(sentence: string): boolean;
  /** The facilitator's scripted words for a crisis or distress. */
  crisisWords(level: 'crisis' | 'distress', categories: readonly string[], language: Language): string;
  /** The facilitator's words that replace a reply flagged twice. */
  adviceRedirectWords(language: Language, seed: number): string;
  /**
   * Optional second opinion from a guard model for ambiguous messages, after the rules have decided.
   * It can only raise the level; Hearth never needs it.
   */
  secondOpinion?(text: string, recent: readonly string[]): Promise<{ level: 'crisis' | 'distress' | 'none'; categories: readonly string[] }>;
}

/** Retrieval over the group's knowledge packs. */
export type RetrievePort = (query: string, limit: number) => readonly ScoredFact[];

/** How the session tells the screen what is happening beyond what is stored. */
export interface SessionEvents {
  typing(memberId: string | null): void;
  crisis(level: 'crisis' | 'distress', categories: readonly string[]): void;
  /** A failure the user should see, with its typed code (e.g. model-missing, connection-lost). */
  failure(code: string): void;
  /** Whether a turn (or a regenerate, continue or close) is running. */
  busy?(busy: boolean): void;
}

export type ChatOutcome = Result<ChatResult>;
