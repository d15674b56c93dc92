// A group session on the real engine, over the whole app path below React (the fake Ollama server,
// the real runtime and main handlers, the contract over a loopback transport), with an in-memory
// store. For the engine's integration tests and benches. `restart()` builds a new session on the
// same store, as reopening the group (or restarting the app) does.
import type { Group, Language, Member, Persona } from '@shared/domain';
import { cast, fact } from './groupFixtures';
import type { ModelLayers } from '@shared/group/session/context';
import { GroupSession } from '@shared/group/session/groupSession';
import { MemorySessionStore } from '@shared/group/session/memoryStore';
import type { RetrievePort, SafetyPort, SessionEvents } from '@shared/group/session/ports';
import { safetyPort } from '@shared/group/session/safetyPort';
import type { FakeOllamaOptions, ScriptRequest } from '../fake-ollama';
import { startAppOverFake, type AppOverFake } from './appOverFake';

export const GROUP_ID = 'group-test-1';

/** Which member the prompt asks to speak. */
export const speakerOf = (req: ScriptRequest): string => /NOW SPEAKING: ([^—\n]+?) —/.exec(req.prompt)?.[1]?.trim() ?? '?';

/** Messages the deterministic layers find uncertain, for tests that must not depend on the classifiers' thresholds. */
export const UNCERTAIN = /\b(?:everything feels pointless|what the point of it all is)\b/i;

/**
 * The real safety port, pinned where path tests must not move when the classifiers are retuned: the
 * uncertain middle is fixed, and each message is assessed alone (how recent messages add up is the
 * classifiers' subject; that the gate passes them is tested with a spying port).
 */
export const testSafety: SafetyPort = {
  ...safetyPort,
  assess: (text) => (UNCERTAIN.test(text) ? { level: 'distress', categories: ['suicide'] } : safetyPort.assess(text, [])),
};

export const gi = fact('metformin-gi', 'Metformin often upsets the stomach at first.', 'side-effect');
export const tired = fact('exp-tired', 'Many people with type 2 diabetes feel tired.', 'experience');
const retrieve: RetrievePort = (q) => (/stomach|metformin/i.test(q) ? [{ fact: gi, score: 5 }] : [{ fact: tired, score: 2 }]);

export interface RigOptions {
  readonly fake?: FakeOllamaOptions;
  readonly format?: Group['format'];
  readonly buddy?: boolean;
  readonly layers?: Partial<ModelLayers> | false;
  readonly numCtx?: number;
  readonly safety?: SafetyPort;
  readonly language?: Language;
  readonly personas?: readonly Persona[];
  /** The chat model the session starts with; 'none' while no model is ready yet (default llama3.2:3b). */
  readonly model?: string;
  /** The group's condition (default type 2 diabetes); id null for a condition Hearth has no pack for. */
  readonly condition?: { readonly id: string | null; readonly label: string };
}

/** What the session told the screen. */
export interface RigEvents {
  readonly typing: string[];
  readonly crisis: string[];
  readonly asks: string[];
  readonly failures: string[];
  readonly states: string[];
  readonly checks: Array<{ kind: string; ms: number; outcome: string }>;
  /** What the session said waits for the model, in order (null: nothing waits any more). */
  readonly waiting: Array<string | null>;
}

export interface SessionRig {
  readonly app: AppOverFake;
  readonly store: MemorySessionStore;
  session: GroupSession;
  readonly members: Member[];
  readonly events: RigEvents;
  /** Every /api/chat request body the fake received, as JSON text. */
  chatBodies(): string[];
  /** The messages, oldest first, with who wrote them. */
  log(): Array<{ who: string; kind: string; status: string; text: string; citations: string[]; marked: boolean }>;
  /** A new session on the same store and server (reopen, restart, unlock, a language switch). */
  restart(overrides?: Pick<RigOptions, 'language' | 'layers' | 'safety' | 'model'>): GroupSession;
  close(): Promise<void>;
}

/** Starts the fake server and a session on a fresh in-memory store. */
export async function startSessionRig(options: RigOptions = {}): Promise<SessionRig> {
  const app = await startAppOverFake(options.fake ?? {});
  const store = new MemorySessionStore();
  const personas = options.personas ?? cast;
  const members: Member[] = personas.map((persona, order) => ({ id: `member-${order}-${persona.id}`, groupId: GROUP_ID, persona, muted: false, order }));
  const buddy = options.buddy ? members.find((m) => m.persona.role === 'mirror') : undefined;
  const group: Group = {
    id: GROUP_ID,
    title: 'T2D',
    format: options.format ?? 'condition',
    conditionId: options.condition ? options.condition.id : 'type-2-diabetes',
    conditionLabel: options.condition?.label ?? 'Type 2 diabetes',
    seed: 3,
    topic: 'open',
    unsourced: false,
    createdAt: 1,
    updatedAt: 1,
    ...(buddy ? { buddyMemberId: buddy.id } : {}),
  };
  store.seed(group, members);
  const events: RigEvents = { typing: [], crisis: [], asks: [], failures: [], states: [], checks: [], waiting: [] };
  const sink: SessionEvents = {
    typing: (id) => void (id && events.typing.push(id)),
    crisis: (level) => void events.crisis.push(level),
    ask: (about) => void events.asks.push(about),
    safety: (state) => void events.states.push(state.state),
    failure: (code) => void events.failures.push(code),
    modelCheck: (kind, ms, outcome) => void events.checks.push({ kind, ms, outcome }),
    waiting: (id) => void events.waiting.push(id),
  };
  const make = (overrides: Pick<RigOptions, 'language' | 'layers' | 'safety' | 'model'> = {}): GroupSession => {
    const saved = store.rows.groups.get(GROUP_ID) ?? group;
    const language = overrides.language ?? options.language ?? 'en';
    const layers = overrides.layers ?? options.layers;
    return new GroupSession(saved, members, {
      store,
      chat: app.api.llm.chat,
      safety: overrides.safety ?? options.safety ?? testSafety,
      retrieve,
      events: sink,
      model: overrides.model ?? options.model ?? 'llama3.2:3b',
      numCtx: options.numCtx ?? 4096,
      language,
      userLabel: language === 'es' ? 'Nuevo miembro' : 'New member',
      msPerChar: 0,
      ...(layers !== undefined ? { modelLayers: layers } : {}),
    });
  };
  const names = new Map(members.map((m) => [m.id, m.persona.name]));
  const rig: SessionRig = {
    app,
    store,
    session: make(),
    members,
    events,
    chatBodies: () => app.fake.requests.filter((r) => r.path === '/api/chat').map((r) => JSON.stringify(r.body)),
    log: () =>
      store.rows.messages
        .filter((m) => m.groupId === GROUP_ID)
        .sort((a, b) => a.seq - b.seq)
        .map((m) => ({
          who: m.author.kind === 'member' ? (names.get(m.author.memberId) ?? '?') : m.author.kind,
          kind: m.kind,
          status: m.status,
          text: m.text,
          citations: m.citations.map((c) => c.factKey),
          marked: Boolean(m.safety),
        })),
    restart: (overrides) => {
      rig.session.stop();
      rig.session = make(overrides);
      return rig.session;
    },
    close: () => app.close(),
  };
  return rig;
}
