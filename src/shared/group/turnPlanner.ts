import type { Persona, Role, SupportFunction } from '../domain';
import { mayOffer } from '../knowledge/dosing';
import type { FlatFact } from '../knowledge/flattenPack';
import { isMedicalQuestion } from '../safety/medicalQuestion';
import { detectNeeds, isAnyoneElse, isGroupQuestion, isHostile, looksLikeClaim } from './messageSignals';

/** A member as the planner sees them. */
export interface PlannerMember {
  readonly id: string;
  readonly persona: Persona;
  readonly muted: boolean;
}

/** A scored fact from retrieval (the knowledge module's FactIndex). */
export interface ScoredFact {
  readonly fact: FlatFact;
  readonly score: number;
}

export interface PlanInput {
  readonly message: string;
  /** Earlier text (the last few messages) to help retrieval; may be empty. */
  readonly context?: string;
  readonly members: readonly PlannerMember[];
  /** Member ids that spoke in each earlier turn, oldest first. */
  readonly previousTurns: readonly (readonly string[])[];
  /**
   * Retrieval over the group's packs (injected so the planner stays pure and testable): `query` is
   * what was just said, `before` the conversation before it, which should count for less.
   */
  readonly retrieve: (query: string, limit: number, before?: string) => readonly ScoredFact[];
  /** Seeded randomness in [0, 1). */
  readonly random: () => number;
  /** "Anyone else?": someone who did not just speak answers; names in the message are ignored. */
  readonly anyoneElse?: boolean;
  /** True when a peer answered another peer last turn (peer-to-peer is never two turns running). */
  readonly previousHadPeerToPeer?: boolean;
  /** A one-to-one buddy chat: only the buddy answers. */
  readonly buddyMemberId?: string;
  /** The model triage's reading, when it answered in time: it can add a medical question the patterns missed, never take one away. */
  readonly medicalQuestion?: boolean;
  /** The model triage's reading of whom the user spoke to (first names), added to the names found in the text. */
  readonly addressed?: readonly string[];
}

/** What the facilitator does this turn, before the peers (if anything). */
export type FacilitatorMove =
  | { readonly kind: 'medical-redirect' }
  | { readonly kind: 'correction'; readonly fact: FlatFact }
  | { readonly kind: 'conflict' };

export interface PlannedSpeaker {
  readonly memberId: string;
  readonly supportFunction: SupportFunction;
  /** Set when this peer answers another peer of this round (bounded: at most one a turn). */
  readonly replyToMemberId?: string;
  /** The user spoke to this member by name. */
  readonly addressed: boolean;
}

export interface TurnPlan {
  readonly facilitator?: FacilitatorMove;
  readonly speakers: readonly PlannedSpeaker[];
  /** The facts offered for citation this turn, in the order they are numbered. */
  readonly facts: readonly FlatFact[];
  readonly needs: readonly SupportFunction[];
}

const AFFINITY: Readonly<Record<Exclude<Role, 'facilitator'>, Readonly<Partial<Record<SupportFunction, number>>>>> = {
  mirror: { emotional: 1, appraisal: 0.8 },
  veteran: { appraisal: 1, instrumental: 0.9, informational: 0.5 },
  navigator: { informational: 1, instrumental: 0.6 },
  ally: { emotional: 1, appraisal: 0.5 },
  specialist: { informational: 0.9, instrumental: 0.8 },
};

const MAX_FACTS = 8;
const PEER_TO_PEER_CHANCE = 0.25;

const fold = (s: string): string => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** Members the user named ("Rosa", "@Dee"), in the order they were named. */
export function findMentions(message: string, members: readonly PlannerMember[]): string[] {
  const text = fold(message);
  const hits: Array<[number, string]> = [];
  for (const m of members) {
    const first = fold(m.persona.name.split(/\s+/)[0] ?? '');
    if (first.length < 2) continue;
    const re = new RegExp(`(^|[^\\p{L}])@?${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
    const match = re.exec(text);
    if (match) hits.push([match.index, m.id]);
  }
  return hits.sort((a, b) => a[0] - b[0]).map(([, id]) => id);
}

/** How many peers answer: one for a short acknowledgement, three for a question to everyone. */
function speakerCount(message: string, needs: readonly SupportFunction[], random: () => number): number {
  const words = message.trim().split(/\s+/).filter(Boolean).length;
  if (words <= 3) return 1;
  if (isGroupQuestion(message) || needs.length >= 3 || words > 60) return 3;
  return random() < 0.3 ? 3 : 2;
}

/** Recency penalty: spoke last turn −0.6, the turn before −0.3; long silence earns a small boost. */
function balance(memberId: string, previousTurns: readonly (readonly string[])[]): number {
  const n = previousTurns.length;
  let lastSpoke = -1;
  for (let i = n - 1; i >= 0; i--) if (previousTurns[i]!.includes(memberId)) { lastSpoke = i; break; }
  if (lastSpoke === n - 1) return -0.6;
  if (lastSpoke === n - 2) return -0.3;
  const silent = lastSpoke < 0 ? n : n - 1 - lastSpoke;
  return Math.min(0.45, 0.15 * silent);
}

/** Chooses who answers, which support function each serves, and which facts to offer. */
export function planTurn(input: PlanInput): TurnPlan {
  const { message, members, previousTurns, random } = input;
  const needs = detectNeeds(message);
  // Ranked by what was just said; a dosing fact only if the person named that medicine (whatever the port did).
  const context = input.context?.trim();
  const retrieved = input.retrieve(message, MAX_FACTS, context || undefined).filter((r) => mayOffer(r.fact, message));
  const peers = members.filter((m) => m.persona.role !== 'facilitator' && !m.muted);

  let facilitator: FacilitatorMove | undefined;
  if (input.anyoneElse) facilitator = undefined;
  else if (input.medicalQuestion === true || isMedicalQuestion(message)) facilitator = { kind: 'medical-redirect' };
  else if (isHostile(message)) facilitator = { kind: 'conflict' };
  else if (looksLikeClaim(message)) {
    const evidence = retrieve1(input.retrieve(message, 3).filter((r) => mayOffer(r.fact, message)));
    if (evidence) facilitator = { kind: 'correction', fact: evidence };
  }

  if (input.buddyMemberId) {
    const buddy = peers.find((m) => m.id === input.buddyMemberId);
    return {
      ...(facilitator?.kind === 'medical-redirect' ? { facilitator } : {}),
      speakers: buddy ? [{ memberId: buddy.id, supportFunction: needs[0] ?? 'emotional', addressed: true }] : [],
      facts: retrieved.map((r) => r.fact),
      needs,
    };
  }

  const anyoneElse = input.anyoneElse === true || isAnyoneElse(message);
  const mentioned = anyoneElse ? [] : [...new Set([...findMentions(message, peers), ...findMentions((input.addressed ?? []).join(' '), peers)])];
  const lastTurn = previousTurns.at(-1) ?? [];
  const relevance = new Map<string, number>();
  const maxScore = Math.max(1e-9, ...retrieved.map((r) => r.score));
  for (const m of peers) {
    const keys = new Set(m.persona.factKeys);
    const treatmentHit = m.persona.treatments.some((t) => fold(message).includes(fold(t.name)));
    const coHit = m.persona.coOccurring ? fold(message).includes(fold(m.persona.coOccurring.name)) : false;
    const factScore = retrieved.filter((r) => keys.has(r.fact.key)).reduce((a, r) => a + r.score / maxScore, 0);
    relevance.set(m.id, factScore + (treatmentHit ? 1.5 : 0) + (coHit ? 1.2 : 0));
  }
  const score = (m: PlannerMember): number => {
    const role = m.persona.role as Exclude<Role, 'facilitator'>;
    const affinity = Math.max(...needs.map((n, i) => (AFFINITY[role][n] ?? 0) * (1 - i * 0.2)));
    return (relevance.get(m.id) ?? 0) + affinity + balance(m.id, previousTurns) + random() * 0.35;
  };

  const count = facilitator?.kind === 'conflict' ? 1 : facilitator?.kind === 'medical-redirect' ? Math.min(2, speakerCount(message, needs, random)) : speakerCount(message, needs, random);
  const chosen: PlannerMember[] = [];
  for (const id of mentioned.slice(0, 3)) {
    const m = peers.find((p) => p.id === id);
    if (m) chosen.push(m);
  }
  if (chosen.length === 0) {
    const pool = peers.filter((m) => !anyoneElse || !lastTurn.includes(m.id));
    const ranked = (pool.length ? pool : peers).map((m) => [score(m), m] as const).sort((a, b) => b[0] - a[0]);
    for (const [, m] of ranked.slice(0, anyoneElse ? Math.min(2, count) : count)) chosen.push(m);
  }

  // Give each speaker a different support function where possible, matching affinity.
  const wanted: SupportFunction[] = facilitator?.kind === 'medical-redirect' ? ['emotional', 'appraisal'] : [...needs, 'emotional', 'appraisal', 'instrumental', 'informational'];
  const unused = [...new Set(wanted)];
  const speakers: PlannedSpeaker[] = chosen.map((m) => {
    const role = m.persona.role as Exclude<Role, 'facilitator'>;
    const fn = unused.slice(0, Math.max(2, needs.length)).sort((a, b) => (AFFINITY[role][b] ?? 0) - (AFFINITY[role][a] ?? 0))[0] ?? unused[0] ?? 'emotional';
    unused.splice(unused.indexOf(fn), 1);
    return { memberId: m.id, supportFunction: fn, addressed: mentioned.includes(m.id) };
  });

  // Now and then a later peer answers an earlier one (bounded: one a turn, never twice in a row).
  if (speakers.length >= 2 && !input.previousHadPeerToPeer && mentioned.length === 0 && random() < PEER_TO_PEER_CHANCE) {
    const last = speakers.length - 1;
    speakers[last] = { ...speakers[last]!, replyToMemberId: speakers[last - 1]!.memberId };
  }

  // Facts: the retrieved ones, then each speaker's own relevant facts, capped.
  const facts: FlatFact[] = [];
  const seen = new Set<string>();
  const add = (f: FlatFact): void => {
    if (facts.length < MAX_FACTS && !seen.has(f.key)) {
      seen.add(f.key);
      facts.push(f);
    }
  };
  if (facilitator?.kind === 'correction') add(facilitator.fact);
  for (const r of retrieved) add(r.fact);
  return { ...(facilitator ? { facilitator } : {}), speakers, facts, needs };
}

/** The best-scoring fact if retrieval is confident about it. */
function retrieve1(results: readonly ScoredFact[]): FlatFact | undefined {
  const top = results[0];
  return top && top.score > 0 && (top.fact.kind === 'overview' || top.fact.kind === 'treatment' || top.fact.kind === 'experience' || top.fact.kind === 'demographic') ? top.fact : undefined;
}
