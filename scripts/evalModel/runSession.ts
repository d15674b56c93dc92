// Plays one scripted session through Hearth's real session engine (in-memory store, the real safety
// port, the app's model layers) and main's real runtime, and records what the model did: every call
// with its raw words and timings, the guard's verdicts on each sentence, and what was shown.
import { readFileSync } from 'node:fs';
import type { HearthApi } from '@shared/contract';
import type { Group, Member } from '@shared/domain';
import { buildCohort } from '@shared/group/cohort/buildCohort';
import { GroupSession } from '@shared/group/session/groupSession';
import { MemorySessionStore } from '@shared/group/session/memoryStore';
import type { ChatPort, SafetyPort } from '@shared/group/session/ports';
import { safetyPort } from '@shared/group/session/safetyPort';
import { flattenPack } from '@shared/knowledge/flattenPack';
import { KnowledgePack } from '@shared/knowledge/packSchema';
import { FactIndex } from '@shared/knowledge/retrieval';
import type { ScriptedSession } from './sessions';

/** What kind of model call a request is, read from the prompt Hearth built. */
export type CallKind = 'speaker' | 'triage' | 'review' | 'warm' | 'other';

/** One model call as the harness saw it. */
export interface CallRecord {
  readonly kind: CallKind;
  /** The member asked to speak (speaker calls). */
  readonly speaker?: string;
  /** The whole prompt, for reading what it offered (never written to a report). */
  readonly prompt: string;
  /** The model's raw answer, before the guard and the cleaner. */
  content: string;
  readonly startedAt: number;
  firstTokenAt?: number;
  endedAt?: number;
  ok?: boolean;
  errorCode?: string;
  evalCount?: number;
  evalDurationMs?: number;
  promptEvalCount?: number;
  promptEvalDurationMs?: number;
  loadDurationMs?: number;
  thinkingChars?: number;
}

/** One message the person sent, and what followed until the group was quiet again. */
export interface TurnRecord {
  readonly line: number;
  /** From sending to the first member reply on screen (ms); undefined when no member replied. */
  readonly firstVisibleMs?: number;
  /** Member replies shown this turn (chat, close), in order, with who wrote them. */
  readonly replies: ReadonlyArray<{ readonly speaker: string; readonly text: string; readonly citations: number }>;
  /** Crisis panels and direct questions the gate raised on this message. */
  readonly panels: number;
  readonly asks: number;
  /** Scripted facilitator moves this turn (medical redirect, advice redirect). */
  readonly redirects: number;
}

/** Everything recorded for one session. */
export interface SessionRecord {
  readonly session: ScriptedSession;
  readonly memberNames: readonly string[];
  readonly userLabel: string;
  readonly calls: readonly CallRecord[];
  readonly turns: readonly TurnRecord[];
  /** Sentences the reply guard checked during speaker calls, and those it flagged. */
  readonly guardSentences: number;
  readonly guardFlags: number;
  /** The model review's verdicts: passes and holds (and how many failed or timed out). */
  readonly reviewOutcomes: Readonly<Record<string, number>>;
  /** Messages that opened the crisis panel whose words nonetheless reached a model (must be 0). */
  readonly panelLeaks: number;
  readonly failures: readonly string[];
  readonly wallMs: number;
}


const packCache = new Map<string, KnowledgePack>();
function loadPack(id: string): KnowledgePack {
  const cached = packCache.get(id);
  if (cached) return cached;
  const pack = KnowledgePack.parse(JSON.parse(readFileSync(new URL(`../../resources/packs/${id}.json`, import.meta.url), 'utf8')));
  packCache.set(id, pack);
  return pack;
}

function kindOf(prompt: string, hasFormat: boolean, numPredict: number | undefined): { kind: CallKind; speaker?: string } {
  if (numPredict === 1) return { kind: 'warm' };
  if (hasFormat && /SAFETY CHECK of the new member's last message \(answer/.test(prompt)) return { kind: 'triage' };
  if (hasFormat && /REVIEW of [^\n]+'s draft reply \(answer/.test(prompt)) return { kind: 'review' };
  const speaker = /NOW SPEAKING: ([^—\n]+?) —/.exec(prompt)?.[1]?.trim();
  return speaker ? { kind: 'speaker', speaker } : { kind: 'other' };
}

/**
 * The app's chat, recording each call (kind, raw words, timings, token counts). The session makes one
 * call at a time, and the guard checks a reply's last sentence after its stream ends, so a call stays
 * `current` until the next one starts.
 */
function recordingChat(chat: ChatPort, calls: CallRecord[], current: { call: CallRecord | undefined }): ChatPort {
  return (request, onToken) => {
    const prompt = request.messages.map((m) => m.content).join('\n');
    const call: CallRecord = { ...kindOf(prompt, request.format !== undefined, request.options.numPredict), prompt, content: '', startedAt: performance.now() };
    calls.push(call);
    current.call = call;
    const handle = chat(request, (token) => {
      call.firstTokenAt ??= performance.now();
      call.content += token.text;
      onToken(token);
    });
    const done = handle.done.then((result) => {
      call.endedAt = performance.now();
      call.ok = result.ok;
      if (result.ok) {
        const { stats } = result.value;
        Object.assign(call, {
          evalCount: stats.evalCount,
          evalDurationMs: stats.evalDurationMs,
          promptEvalCount: stats.promptEvalCount,
          promptEvalDurationMs: stats.promptEvalDurationMs,
          loadDurationMs: stats.loadDurationMs,
          thinkingChars: result.value.thinkingChars,
        });
      } else call.errorCode = result.error.code;
      return result;
    });
    return { ...handle, done };
  };
}

/** The real safety port, counting the guard's sentence checks made while a speaker's reply streams. */
function countingSafety(counts: { sentences: Set<string>; flagged: Set<string> }, current: { call: CallRecord | undefined }, callIndex: () => number): SafetyPort {
  const key = (sentence: string): string => `${callIndex()}\u0000${sentence}`;
  const during = (): boolean => current.call?.kind === 'speaker';
  return {
    ...safetyPort,
    adviceFlags: (sentence, previous) => {
      const flags = safetyPort.adviceFlags(sentence, previous);
      // A sentence that passes goes on to the crisis check below, where it is counted; a flagged one stops here.
      if (during() && flags.length > 0) {
        counts.sentences.add(key(sentence));
        counts.flagged.add(key(sentence));
      }
      return flags;
    },
    isCrisisUnsafe: (sentence) => {
      const unsafe = safetyPort.isCrisisUnsafe(sentence);
      if (during()) {
        counts.sentences.add(key(sentence));
        if (unsafe) counts.flagged.add(key(sentence));
      }
      return unsafe;
    },
  };
}

/** What a session run can be told. */
export interface RunOptions {
  readonly api: HearthApi;
  readonly model: string;
  readonly numCtx: number;
  /** The app's model layers (triage and review), on unless turned off. */
  readonly layers: boolean;
  readonly seed: number;
}

/** Plays one scripted session to the end and returns what happened. */
export async function runSession(script: ScriptedSession, options: RunOptions): Promise<SessionRecord> {
  const started = performance.now();
  const pack = loadPack(script.packId);
  const index = FactIndex.build(flattenPack(pack));
  const profile = { conditionId: pack.id, conditionLabel: pack.name, situations: ['just-diagnosed' as const], preferences: {}, country: script.language === 'es' ? 'ES' : 'US', language: script.language };
  const cohort = buildCohort({ profile, format: 'condition', seed: options.seed, pack, packs: [pack], language: script.language });
  const group: Group = { id: `eval-${script.id}`, title: pack.name, format: 'condition', conditionId: pack.id, conditionLabel: pack.name, seed: options.seed, topic: 'open', unsourced: cohort.unsourced, createdAt: 1, updatedAt: 1 };
  const members: Member[] = cohort.personas.map((persona, order) => ({ id: `m${order}`, groupId: group.id, persona, muted: false, order }));
  const store = new MemorySessionStore();
  store.seed(group, members);
  const shownAt = new Map<string, number>();
  const add = store.messages.add;
  store.messages.add = async (input) => {
    const message = await add(input);
    shownAt.set(message.id, performance.now());
    return message;
  };

  const calls: CallRecord[] = [];
  const current: { call: CallRecord | undefined } = { call: undefined };
  const counts = { sentences: new Set<string>(), flagged: new Set<string>() };
  const reviewOutcomes: Record<string, number> = {};
  const failures: string[] = [];
  let panels = 0;
  let asks = 0;
  const userLabel = script.language === 'es' ? 'Nuevo miembro' : 'New member';
  const session = new GroupSession(group, members, {
    store,
    chat: recordingChat(options.api.llm.chat, calls, current),
    safety: countingSafety(counts, current, () => calls.length),
    retrieve: (q, limit) => index.retrieve(q, { limit }),
    events: {
      typing: () => undefined,
      crisis: (level) => void (level === 'crisis' && (panels += 1)),
      ask: () => void (asks += 1),
      failure: (code) => void failures.push(code),
      modelCheck: (kind, _ms, outcome) => void (kind === 'review' && (reviewOutcomes[outcome] = (reviewOutcomes[outcome] ?? 0) + 1)),
    },
    model: options.model,
    numCtx: options.numCtx,
    language: script.language,
    userLabel,
    // The model's own time: no typing pause before replies appear.
    msPerChar: 0,
    modelLayers: options.layers ? {} : false,
  });
  const names = new Map(members.map((m) => [m.id, m.persona.name]));
  // As the app does: the check-in, then the group's shared text into the prompt cache while the person reads.
  await session.open();
  await session.warm();
  const turns: TurnRecord[] = [];
  for (const [line, text] of script.lines.entries()) {
    const sentAt = performance.now();
    const before = { panels, asks, count: store.rows.messages.length };
    await session.send(text);
    const added = store.rows.messages.slice(before.count);
    const replies = added.filter((m) => m.author.kind === 'member' && (m.kind === 'chat' || m.kind === 'close'));
    const first = replies.map((m) => shownAt.get(m.id) ?? Number.POSITIVE_INFINITY).sort((a, b) => a - b)[0];
    turns.push({
      line,
      ...(first !== undefined && Number.isFinite(first) ? { firstVisibleMs: first - sentAt } : {}),
      replies: replies.map((m) => ({ speaker: m.author.kind === 'member' ? (names.get(m.author.memberId) ?? '?') : '?', text: m.text, citations: m.citations.length })),
      panels: panels - before.panels,
      asks: asks - before.asks,
      redirects: added.filter((m) => m.kind === 'medical-redirect' || m.kind === 'advice-redirect').length,
    });
  }
  // A message that opened the panel is never sent to a model afterwards.
  const panelTexts = store.rows.messages.filter((m) => m.author.kind === 'user' && m.safety?.response === 'panel').map((m) => m.text);
  const panelLeaks = panelTexts.filter((t) => calls.some((c) => c.prompt.includes(t))).length;
  return {
    session: script,
    memberNames: members.map((m) => m.persona.name),
    userLabel,
    calls,
    turns,
    guardSentences: counts.sentences.size,
    guardFlags: counts.flagged.size,
    reviewOutcomes,
    panelLeaks,
    failures,
    wallMs: performance.now() - started,
  };
}
