// The state one group's session shares between its parts (gate, turns, replies, crisis flow), and
// the dependencies it was given. One object, so each part can stay a small file of functions.
import { OPEN_GROUP, type Group, type GroupSafety, type Language, type Member } from '@shared/domain';
import { Rng } from '../cohort/random';
import { TokenEstimator } from '../contextBudget';
import type { GroupFrame, PromptLayout } from '../prompts/promptBuilder';
import type { ChatPort, RetrievePort, SafetyPort, SessionEvents } from './ports';
import type { SessionStore } from './store';

/** The model layers behind the deterministic checks: triage of user messages, review of replies. */
export interface ModelLayers {
  readonly triage: boolean;
  readonly review: boolean;
  /** Triage that has not answered by then is cancelled; the deterministic decision stands. */
  readonly triageTimeoutMs: number;
  /** Review that has not answered by then is cancelled; the reply falls back (fails closed). */
  readonly reviewTimeoutMs: number;
}

/**
 * Extra time a model check gets once the model is known to reason before answering (main asks such a
 * model to think briefly, `think: 'low'`; a short reasoning at laptop speed takes seconds).
 */
export const THINKING_CHECK_ALLOWANCE_MS = 10_000;

/** Defaults: on, with timeouts a laptop answers well within (see bench/scenarios/groupRound.ts). */
export const DEFAULT_MODEL_LAYERS: ModelLayers = { triage: true, review: true, triageTimeoutMs: 6000, reviewTimeoutMs: 8000 };

/** Everything a session needs, injected so it runs the same in the app, in node tests and in benches. */
export interface SessionDeps {
  readonly store: SessionStore;
  readonly chat: ChatPort;
  readonly safety: SafetyPort;
  readonly retrieve: RetrievePort;
  readonly events: SessionEvents;
  readonly model: string;
  readonly numCtx: number;
  /** The group's language: scripted words, neutral lines and the reply language. */
  readonly language: Language;
  /** How the user appears in prompts. */
  readonly userLabel: string;
  /** Milliseconds per character a member "types" before a reply appears (human pace); 0 in tests. */
  readonly msPerChar: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly now?: () => number;
  /** Prompt layout; the others than `shared-first` exist only to measure what Hearth's layout saves. */
  readonly layout?: PromptLayout;
  /** The model layers; `false` turns both off (no chat model, or a measurement without them). */
  readonly modelLayers?: Partial<ModelLayers> | false;
}

const sleepReal = (ms: number): Promise<void> => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve());

/** A session's shared state. */
export class SessionContext {
  readonly estimator = new TokenEstimator();
  readonly random: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** The seq of the first message in the prompt's transcript; older ones are in the rolling summary. */
  windowStartSeq: number | undefined;
  previousTurns: string[][] = [];
  previousHadPeerToPeer = false;
  cancelCurrent: (() => void) | undefined;
  stopRequested = false;
  /** A turn (or a regenerate, continue or close) is running. */
  turning = false;
  /** Gate decisions under way (each may wait on the model triage). */
  private gating = 0;
  /** User messages stored while a turn ran, waiting for the gate and an answer, oldest first. */
  queued: string[] = [];
  /** Messages from the person that arrived and are still being taken in: the first session's hellos stop for them. */
  arriving = 0;
  /** User messages the gate has not finished deciding: no prompt shows them yet. */
  readonly ungated = new Set<string>();
  /** The message the peers will answer once a model is ready (the gate let it through while none was). */
  waitingId: string | undefined;
  /** The group's safety state (persisted on the group record; this is the session's copy). */
  safety: GroupSafety;
  /** The prompt-cache warm-up in flight, if any: a check's deadline starts once it is done. */
  warming: { readonly done: Promise<unknown>; cancel(): void } | undefined;
  /** The model was seen reasoning before its answer (learnt from results; reasoning itself never reaches the session). */
  modelThinks = false;

  constructor(
    public group: Group,
    public members: Member[],
    public deps: SessionDeps,
  ) {
    // Turn-taking is repeatable from the group's seed (its own stream, apart from the cohort's).
    const rng = Rng.for(group.seed, 'turns');
    this.random = deps.random ?? (() => rng.next());
    this.sleep = deps.sleep ?? sleepReal;
    this.safety = group.safety ?? OPEN_GROUP;
  }

  get store(): SessionStore {
    return this.deps.store;
  }

  get language(): Language {
    return this.deps.language;
  }

  now(): number {
    return (this.deps.now ?? Date.now)();
  }

  get facilitator(): Member | undefined {
    return this.members.find((m) => m.persona.role === 'facilitator');
  }

  /** The buddy of a one-to-one chat (undefined in a group). */
  get buddy(): Member | undefined {
    const id = this.group.buddyMemberId;
    return id ? this.members.find((m) => m.id === id) : undefined;
  }

  /** Whether a chat model is ready to speak for the peers (scripted words never need one). */
  get hasModel(): boolean {
    return this.deps.model !== 'none';
  }

  /** Marks the message the peers will answer once a model is ready (undefined: none waits). */
  setWaiting(messageId: string | undefined): void {
    this.waitingId = messageId;
    this.deps.events.waiting?.(messageId ?? null);
  }

  /** The model layers in force: off without a chat model or when turned off; checks get more time from a model that reasons first. */
  get layers(): ModelLayers {
    const chosen = this.deps.modelLayers;
    if (chosen === false || this.deps.model === 'none') return { ...DEFAULT_MODEL_LAYERS, triage: false, review: false };
    const layers = { ...DEFAULT_MODEL_LAYERS, ...(chosen ?? {}) };
    if (!this.modelThinks) return layers;
    return { ...layers, triageTimeoutMs: layers.triageTimeoutMs + THINKING_CHECK_ALLOWANCE_MS, reviewTimeoutMs: layers.reviewTimeoutMs + THINKING_CHECK_ALLOWANCE_MS };
  }

  /** Learns from a finished call whether the model reasons before it answers. */
  observeThinking(thinkingChars: number | undefined): void {
    if (thinkingChars && thinkingChars > 0) this.modelThinks = true;
  }

  frame(): GroupFrame {
    return {
      language: this.deps.language,
      conditionLabel: this.group.conditionLabel,
      format: this.group.format,
      topic: this.group.topic,
      unsourced: this.group.unsourced,
      members: this.members.map((m) => m.persona),
      userLabel: this.deps.userLabel,
    };
  }

  /** Busy: a turn runs, or the gate is deciding (a message sent now waits its turn). */
  get busy(): boolean {
    return this.turning || this.gating > 0;
  }

  setBusy(turning: boolean): void {
    this.turning = turning;
    this.deps.events.busy?.(this.busy);
  }

  /** Runs a gate decision, busy meanwhile: the screen shows the group is at work, and new messages queue. */
  async gated<T>(decide: () => Promise<T>): Promise<T> {
    this.gating += 1;
    this.deps.events.busy?.(true);
    try {
      return await decide();
    } finally {
      this.gating -= 1;
      this.deps.events.busy?.(this.busy);
    }
  }

  /** Stops whatever model call runs now (a reply, a check, the warm-up). */
  stopCurrent(): void {
    this.stopRequested = true;
    this.cancelCurrent?.();
    this.warming?.cancel();
  }
}
