// A three-peer round on a laptop-speed model (prompt evaluation 150 tokens/s, generation 15 tokens/s,
// one slot as Ollama's default OLLAMA_NUM_PARALLEL=1), with a 40-message history, through the real
// session engine, runtime and fake Ollama's prompt-cache simulation. After a warm-up round in each
// configuration, measured rounds report:
// - the share of prompt tokens served from the cache: Hearth's layout, the fair baseline (rules first,
//   the speaker's card at the end of the system message) and the naive speaker-first layout; every
//   chat call counts, the warm-up Hearth runs after each turn included (the person reads the replies
//   before writing again: the bench waits for it), and the tokens evaluated per round beside them;
// - the time from the user's message to peer 1's and peer 2's first visible sentence (peers appear
//   whole after the app's own typing pace), with the model layers off and on (triage + review);
// - the floor under peer 1's time: the model work no layout can avoid, from the same run (the new
//   prompt tokens at the prompt rate, plus the first sentence's tokens at the generation rate), and
//   the ratio of the time to it;
// - what streaming would have shown first (peer 1's first sentence as it left the model), to weigh
//   the whole-reply choice;
// - the median time of one triage and one review call (the triage answering `{}` as its policy asks,
//   and, for comparison, a judge that writes all four fields every time).
import { readFileSync } from 'node:fs';
import type { Group, Member } from '@shared/domain';
import { buildCohort } from '@shared/group/cohort/buildCohort';
import type { ModelLayers } from '@shared/group/session/context';
import { GroupSession } from '@shared/group/session/groupSession';
import { MemorySessionStore } from '@shared/group/session/memoryStore';
import { HUMAN_MS_PER_CHAR } from '@shared/group/session/pace';
import type { SafetyPort } from '@shared/group/session/ports';
import { safetyPort } from '@shared/group/session/safetyPort';
import type { PromptLayout } from '@shared/group/prompts/promptBuilder';
import { flattenPack } from '@shared/knowledge/flattenPack';
import { KnowledgePack } from '@shared/knowledge/packSchema';
import { FactIndex } from '@shared/knowledge/retrieval';
import { countTokens, judged } from '@tests/fake-ollama';
import { startAppOverFake } from '@tests/support/appOverFake';
import type { BenchScenario } from '../scenario';
import { median, round } from '../stats';

const HISTORY = 40;
const MEASURED_ROUNDS = 3;
const SPEED = { promptTokensPerSec: 150, genTokensPerSec: 15 };
const pack = KnowledgePack.parse(JSON.parse(readFileSync(new URL('../../resources/packs/type-2-diabetes.json', import.meta.url), 'utf8')));
const index = FactIndex.build(flattenPack(pack));
const profile = { conditionId: pack.id, conditionLabel: pack.name, situations: ['just-diagnosed' as const], preferences: {}, country: 'US', language: 'en' as const };

/** Replies of about 30 tokens: a peer's short message, a little different each time. */
const REPLIES = [
  'I know that feeling. The first months were the hardest for me, honestly. Walking after dinner helped me more than I expected.',
  'Same here, the afternoons used to flatten me. Keeping a small snack nearby and a short walk made a real difference for me.',
  'It took me a while to tell people. I started with my sister, and having one person on my side made the rest easier.',
  'What helped me was writing my questions down before appointments, so I did not forget them when I got nervous.',
  'I still have bad days, but they are fewer now. Being gentle with myself was the hardest and most useful part.',
];
const replyAt = (i: number): string => REPLIES[i % REPLIES.length]!;

const USER_LINES = [
  'I was diagnosed last month and I still feel a bit lost.',
  'Does anyone else get really tired in the afternoon?',
  'My family keeps telling me what I can and cannot eat.',
  'I am worried about telling my boss.',
];

const ROUND_MESSAGES = [
  'Has anyone here told their family, and how did everyone handle it?',
  'How do you all cope with the tiredness at work, everyone?',
  'Does anyone else worry about what the future looks like, all of you?',
  'What did everyone find hardest in the first year?',
];

/**
 * The real safety port, each message assessed alone: this measures the model path, and must not stop
 * when the classifiers read the bench's ordinary messages with their history as uncertain.
 */
const benchSafety: SafetyPort = { ...safetyPort, assess: (text) => safetyPort.assess(text, []) };

interface Config {
  readonly layout: PromptLayout;
  readonly layers: Partial<ModelLayers> | false;
  /** A judge that writes every triage field each time instead of `{}` (what a model that ignores "only the fields that apply" costs). */
  readonly verboseJudge?: boolean;
}

const VERBOSE_TRIAGE = { kind: 'answer' as const, json: { risk: 'none', emergency: false, medical: false, addressed: [] } };

interface Figures {
  readonly prefixReuse: number;
  /** Prompt tokens the model evaluated (not served from the cache) per round, warm-ups included. */
  readonly evaluatedPerRound: number;
  readonly ttfvsPeer1S: number;
  readonly ttfvsPeer2S: number;
  readonly streamedPeer1S: number;
  /** Peer 1's floor: new prompt tokens ÷ prompt rate + first sentence's tokens ÷ generation rate. */
  readonly floorPeer1S: number;
  readonly triageMs: number[];
  readonly reviewMs: number[];
}

async function measure(config: Config): Promise<Figures> {
  let peerIndex = 0;
  const app = await startAppOverFake({
    // The judge answers as the policy asks: `{}` from the triage (nothing applies), "ok" per sentence.
    reply: judged({ ...(config.verboseJudge ? { triage: VERBOSE_TRIAGE } : {}), reply: () => replyAt(peerIndex++) }),
    speed: process.env['BENCH_DEBUG'] ? {} : SPEED,
  });
  try {
    const store = new MemorySessionStore();
    const cohort = buildCohort({ profile, format: 'condition', seed: 11, pack, packs: [pack], language: 'en' });
    const group: Group = { id: `bench-${config.layout}-${config.layers ? 'on' : 'off'}`, title: 'Bench', format: 'condition', conditionId: pack.id, conditionLabel: pack.name, seed: 11, topic: 'open', unsourced: false, createdAt: 1, updatedAt: 1 };
    const members: Member[] = cohort.personas.map((persona, order) => ({ id: `m${order}`, groupId: group.id, persona, muted: false, order }));
    store.seed(group, members);
    await seedHistory(store, group, members);
    const shownAt = new Map<string, number>();
    const add = store.messages.add;
    store.messages.add = async (input) => {
      const message = await add(input);
      if (input.author.kind === 'member' && message.kind === 'chat') shownAt.set(message.id, performance.now());
      return message;
    };
    const checks = { triage: [] as number[], review: [] as number[] };
    let counting = false;
    const session = new GroupSession(group, members, {
      store,
      chat: app.api.llm.chat,
      safety: benchSafety,
      retrieve: (said, limit, before) => index.retrieveForTurn({ said, ...(before ? { before } : {}) }, { limit }),
      events: {
        typing: () => {},
        crisis: () => {},
        failure: () => {},
        modelCheck: (kind, ms) => counting && checks[kind].push(ms),
      },
      model: 'llama3.2:3b',
      numCtx: 4096,
      language: 'en',
      userLabel: 'New member',
      // The app's own pace: a reply appears once its typing time has passed (the model's time counts towards it).
      msPerChar: HUMAN_MS_PER_CHAR,
      layout: config.layout,
      modelLayers: config.layers,
      // A fixed sequence so every configuration plans the same three speakers.
      random: () => 0.1,
    });
    // Warm-up round: the cache then holds this conversation, as it would mid-session.
    await session.send('Has anyone found something that helps with the tiredness, everyone?');
    // The person reads the replies: the warm-up for the next turn finishes meanwhile.
    await session.warmed();
    const peer1: number[] = [];
    const peer2: number[] = [];
    const streamed: number[] = [];
    const floor: number[] = [];
    let prompt = 0;
    let cached = 0;
    counting = true;
    for (let r = 0; r < MEASURED_ROUNDS; r++) {
      app.fake.resetStats();
      const requestsBefore = app.fake.requests.length;
      const started = performance.now();
      await session.send(ROUND_MESSAGES[r % ROUND_MESSAGES.length]!);
      await session.warmed();
      const calls = app.fake.stats.calls.filter((c) => c.route === 'chat');
      prompt += calls.reduce((a, c) => a + c.promptTokens, 0);
      cached += calls.reduce((a, c) => a + c.cachedTokens, 0);
      const replies = (await store.messages.latest(group.id, 8))
        .filter((m) => shownAt.has(m.id) && (shownAt.get(m.id) ?? 0) >= started)
        .sort((a, b) => shownAt.get(a.id)! - shownAt.get(b.id)!);
      const at = replies.map((m) => shownAt.get(m.id)!);
      if (at[0] === undefined) throw new Error(`group round: no peer answered "${ROUND_MESSAGES[r % ROUND_MESSAGES.length]}" (${config.layout}); the figures would be empty`);
      peer1.push((at[0] - started) / 1000);
      if (at[1] !== undefined) peer2.push((at[1] - started) / 1000);
      // What streaming would have shown: peer 1's first sentence leaving the model (its request's
      // start + time to first token + the sentence's remaining tokens at the generation speed).
      // With one slot, calls finish in the order they were made: pair each with its request.
      const chatRequests = app.fake.requests.slice(requestsBefore).filter((q) => q.path === '/api/chat');
      const firstPeer = chatRequests.findIndex((q) => !(q.body as { format?: unknown }).format);
      const peerRequest = chatRequests[firstPeer];
      const peerCall = calls[firstPeer];
      if (peerRequest && peerCall) {
        const firstSentenceTokens = countTokens(replies[0]?.text.split(/(?<=[.!?])\s/)[0] ?? '');
        streamed.push((peerRequest.startedAt - started + peerCall.ttftMs + ((firstSentenceTokens - 1) / SPEED.genTokensPerSec) * 1000) / 1000);
        floor.push(peerCall.evaluatedTokens / SPEED.promptTokensPerSec + firstSentenceTokens / SPEED.genTokensPerSec);
      }
    }
    return {
      prefixReuse: prompt ? cached / prompt : 0,
      evaluatedPerRound: (prompt - cached) / MEASURED_ROUNDS,
      ttfvsPeer1S: median(peer1),
      ttfvsPeer2S: median(peer2),
      streamedPeer1S: median(streamed),
      floorPeer1S: median(floor),
      triageMs: checks.triage,
      reviewMs: checks.review,
    };
  } finally {
    await app.close();
  }
}

/** A realistic 40-message history: the user and peers taking turns. */
async function seedHistory(store: MemorySessionStore, group: Group, members: readonly Member[]): Promise<void> {
  const peers = members.filter((m) => m.persona.role !== 'facilitator');
  for (let i = 0; i < HISTORY; i++) {
    const fromUser = i % 3 === 0;
    const peer = peers[i % peers.length]!;
    await store.messages.add({ groupId: group.id, author: fromUser ? { kind: 'user' } : { kind: 'member', memberId: peer.id }, text: fromUser ? USER_LINES[i % USER_LINES.length]! : replyAt(i) });
  }
}

const scenario: BenchScenario = {
  name: 'group round (laptop profile)',
  description: "three-peer round, 40-message history, prompt 150 tok/s, generation 15 tok/s, one slot, the app's typing pace; layers off/on (and a verbose judge); Hearth layout vs the fair card-in-system baseline vs speaker-first",
  async run() {
    const off = await measure({ layout: 'shared-first', layers: false });
    const fair = await measure({ layout: 'card-in-system', layers: false });
    const naive = await measure({ layout: 'speaker-first', layers: false });
    const guarded = await measure({ layout: 'shared-first', layers: {} });
    const verbose = await measure({ layout: 'shared-first', layers: {}, verboseJudge: true });
    return {
      'group.prefix_reuse': round(off.prefixReuse, 3),
      'group.prefix_reuse_fair': round(fair.prefixReuse, 3),
      'group.prefix_reuse_vs_fair': round(off.prefixReuse / fair.prefixReuse, 2),
      'group.prefix_reuse_naive': round(naive.prefixReuse, 3),
      // The cost behind the shares: the warm-up after each turn adds prompt tokens that are nearly all
      // cached, so the share alone could flatter; these count what the model actually evaluated.
      'group.evaluated_tokens_per_round': round(off.evaluatedPerRound, 0),
      'group.evaluated_tokens_per_round_fair': round(fair.evaluatedPerRound, 0),
      'group.prefix_reuse_guarded': round(guarded.prefixReuse, 3),
      'group.ttfvs_peer1_s': round(off.ttfvsPeer1S, 2),
      'group.ttfvs_peer1_floor_s': round(off.floorPeer1S, 2),
      'group.ttfvs_peer1_ratio': round(off.ttfvsPeer1S / off.floorPeer1S, 2),
      'group.ttfvs_peer1_fair_s': round(fair.ttfvsPeer1S, 2),
      'group.ttfvs_peer1_guarded_s': round(guarded.ttfvsPeer1S, 2),
      'group.ttfvs_peer1_streamed_s': round(off.streamedPeer1S, 2),
      'group.layers_added_peer1_s': round(guarded.ttfvsPeer1S - off.ttfvsPeer1S, 2),
      'group.ttfvs_peer2_s': round(off.ttfvsPeer2S, 2),
      'group.ttfvs_peer2_naive_s': round(naive.ttfvsPeer2S, 2),
      'group.ttfvs_peer2_guarded_s': round(guarded.ttfvsPeer2S, 2),
      'group.layers_added_peer1_verbose_judge_s': round(verbose.ttfvsPeer1S - off.ttfvsPeer1S, 2),
      'group.judge_ms_p50': round(median(guarded.triageMs), 0),
      'group.judge_verbose_ms_p50': round(median(verbose.triageMs), 0),
      'group.review_ms_p50': round(median(guarded.reviewMs), 0),
    };
  },
};

export default scenario;
