// The cold open on a laptop: a new group starts with the model not loaded and nothing in its prompt
// cache (prompt evaluation 150 tokens/s, generation 15 tokens/s, the 2.0 GB model read from a
// 500 MB/s disk), through the real session engine, runtime and fake Ollama, with the model checks on
// and the app's typing pace, as in the app. After "Start" the facilitator's check-in appears; the
// person reads it and types their first message (at the reading and typing pace below); the first
// peer reply then needs the model. Measured twice: without the warm-up, and with it (the model loaded
// from the moment the person pressed Start — in the app it starts earlier, during onboarding — and the
// group's shared text put into the prompt cache once the check-in is shown).
import { readFileSync } from 'node:fs';
import type { Group, Member } from '@shared/domain';
import { buildCohort } from '@shared/group/cohort/buildCohort';
import { GroupSession } from '@shared/group/session/groupSession';
import { MemorySessionStore } from '@shared/group/session/memoryStore';
import { HUMAN_MS_PER_CHAR } from '@shared/group/session/pace';
import type { SafetyPort } from '@shared/group/session/ports';
import { safetyPort } from '@shared/group/session/safetyPort';
import { flattenPack } from '@shared/knowledge/flattenPack';
import { KnowledgePack } from '@shared/knowledge/packSchema';
import { FactIndex } from '@shared/knowledge/retrieval';
import { judged } from '@tests/fake-ollama';
import { startAppOverFake } from '@tests/support/appOverFake';
import type { BenchScenario } from '../scenario';
import { round } from '../stats';
import { personReadMs, personTypeMs } from '../support/personPace';

const MODEL = 'llama3.2:3b';
/** Ollama's published download size of the default llama3.2:3b build. */
const MODEL_BYTES = 2.0e9;
const LAPTOP = { promptTokensPerSec: 150, genTokensPerSec: 15, diskBytesPerSec: 500e6 };
const FIRST_MESSAGE = 'I was diagnosed last month and I still feel a bit lost.';
const REPLY = 'I remember that lost feeling so well. The first months were the hardest for me, and it did get easier.';
const pack = KnowledgePack.parse(JSON.parse(readFileSync(new URL('../../resources/packs/type-2-diabetes.json', import.meta.url), 'utf8')));
const index = FactIndex.build(flattenPack(pack));
const profile = { conditionId: pack.id, conditionLabel: pack.name, situations: ['just-diagnosed' as const], preferences: {}, country: 'US', language: 'en' as const };
/** Each message assessed alone: this measures the model path, not the classifiers' reading of history. */
const benchSafety: SafetyPort = { ...safetyPort, assess: (text) => safetyPort.assess(text, []) };

interface Open {
  /** "Start" → the facilitator's check-in on screen. */
  readonly checkInS: number;
  /** The person's first message sent → the first peer reply on screen. */
  readonly firstReplyS: number;
  /** Reading the check-in and typing the first message. */
  readonly personS: number;
}

async function open(warm: boolean): Promise<Open> {
  const app = await startAppOverFake({ models: [{ name: MODEL, size: MODEL_BYTES }], reply: judged({ reply: () => REPLY }), speed: LAPTOP });
  try {
    const started = performance.now();
    // "Start": the group is built (as onboarding's Start does) and its session opens.
    const cohort = buildCohort({ profile, format: 'condition', seed: 5, pack, packs: [pack], language: 'en' });
    const group: Group = { id: 'bench-open', title: 'Bench', format: 'condition', conditionId: pack.id, conditionLabel: pack.name, seed: 5, topic: 'open', unsourced: false, createdAt: 1, updatedAt: 1 };
    const members: Member[] = cohort.personas.map((persona, order) => ({ id: `m${order}`, groupId: group.id, persona, muted: false, order }));
    const store = new MemorySessionStore();
    store.seed(group, members);
    const session = new GroupSession(group, members, {
      store,
      chat: app.api.llm.chat,
      safety: benchSafety,
      retrieve: (q, limit) => index.retrieve(q, { limit }),
      events: { typing: () => undefined, crisis: () => undefined, failure: () => undefined },
      model: MODEL,
      numCtx: 4096,
      language: 'en',
      userLabel: 'New member',
      msPerChar: HUMAN_MS_PER_CHAR,
      random: () => 0.1,
    });
    const loading = warm ? app.api.llm.load({ model: MODEL, numCtx: 4096 }) : undefined;
    // The check-in is on screen when it is stored (the screen shows stored messages); open() itself
    // resolves only after the peers' hellos that follow it.
    let checkInAt: number | undefined;
    const addFirst = store.messages.add;
    store.messages.add = async (input) => {
      const message = await addFirst(input);
      if (checkInAt === undefined && message.kind === 'check-in') checkInAt = performance.now();
      return message;
    };
    await session.open();
    store.messages.add = addFirst;
    if (checkInAt === undefined) throw new Error('group open: the facilitator did not check in');
    const warming = warm ? session.warm() : undefined;
    const checkIn = store.rows.messages[0]?.text ?? '';
    const personMs = personReadMs(checkIn) + personTypeMs(FIRST_MESSAGE);
    await new Promise((resolve) => setTimeout(resolve, personMs));
    const sentAt = performance.now();
    const before = store.rows.messages.length;
    let firstReplyAt: number | undefined;
    store.messages.add = async (input) => {
      const message = await addFirst(input);
      if (firstReplyAt === undefined && input.author.kind === 'member' && message.kind === 'chat') firstReplyAt = performance.now();
      return message;
    };
    await session.send(FIRST_MESSAGE);
    await Promise.all([loading, warming]);
    if (firstReplyAt === undefined || store.rows.messages.length <= before) throw new Error('group open: no peer answered the first message');
    return { checkInS: (checkInAt - started) / 1000, firstReplyS: (firstReplyAt - sentAt) / 1000, personS: personMs / 1000 };
  } finally {
    await app.close();
  }
}

const scenario: BenchScenario = {
  name: 'group cold open (laptop profile)',
  description: 'new group, model not loaded, nothing cached; prompt 150 tok/s, generation 15 tok/s, 2.0 GB model from a 500 MB/s disk; model checks on; the app’s typing pace; the person reads the check-in and types a first message; without and with the warm-up',
  async run() {
    const cold = await open(false);
    const warmed = await open(true);
    return {
      'group.open_ttfvs_s': round(cold.checkInS, 2),
      'group.open_ttfvs_warm_s': round(warmed.checkInS, 2),
      'group.open_load_s': round(MODEL_BYTES / LAPTOP.diskBytesPerSec, 2),
      'group.open_person_s': round(cold.personS, 1),
      'group.open_first_reply_cold_s': round(cold.firstReplyS, 2),
      'group.open_first_reply_warm_s': round(warmed.firstReplyS, 2),
      'group.open_warm_saved_s': round(cold.firstReplyS - warmed.firstReplyS, 2),
    };
  },
};

export default scenario;
