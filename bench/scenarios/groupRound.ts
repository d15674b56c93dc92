// A three-peer round on a laptop-speed model (prompt evaluation 150 tokens/s, generation 15 tokens/s),
// with a 40-message history, through the real session, runtime and fake Ollama's prompt-cache
// simulation. Run once with Hearth's layout (shared group text first, speaker card last) and once with
// the speaker's card first, as common group-chat tools do. After a warm-up round in each layout, the
// measured round reports: the share of prompt tokens served from the cache, and the time from the
// user's message to the second peer's first visible sentence.
import { readFileSync } from 'node:fs';
import type { Group, Member, Message } from '../../src/shared/domain';
import { buildCohort } from '../../src/shared/group/cohort/buildCohort';
import { flattenPack } from '../../src/shared/knowledge/flattenPack';
import { KnowledgePack } from '../../src/shared/knowledge/packSchema';
import { FactIndex } from '../../src/shared/knowledge/retrieval';
import { openTestDatabase } from '../../src/renderer/src/db/testDatabase';
import { GroupSession } from '../../src/renderer/src/features/group/session/groupSession';
import { safetyPort } from '../../src/renderer/src/features/group/session/safetyPort';
import { startAppOverFake } from '../../tests/support/appOverFake';
import type { BenchScenario } from '../scenario';
import { round } from '../stats';

const HISTORY = 40;
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

interface RoundFigures {
  readonly prefixReuse: number;
  readonly ttfvsPeer2S: number;
}

async function measure(layout: 'shared-first' | 'speaker-first'): Promise<RoundFigures> {
  const app = await startAppOverFake({ reply: (req) => replyAt(req.index), speed: process.env['BENCH_DEBUG'] ? {} : { promptTokensPerSec: 150, genTokensPerSec: 15 } });
  try {
    const repos = openTestDatabase();
    const cohort = buildCohort({ profile, format: 'condition', seed: 11, pack, packs: [pack], language: 'en' });
    const { group, members } = await repos.groups.create({ id: `bench-${layout}`, title: 'Bench', format: 'condition', conditionId: pack.id, conditionLabel: pack.name, seed: 11, topic: 'open', unsourced: false }, cohort.personas);
    await seedHistory(repos, group, members);
    const firstSentence = new Map<string, number>();
    const append = repos.messages.appendSentence.bind(repos.messages);
    repos.messages.appendSentence = async (id, text, citations) => {
      if (!firstSentence.has(id)) firstSentence.set(id, performance.now());
      return append(id, text, citations);
    };
    const session = new GroupSession(group, members, {
      repos,
      chat: app.api.llm.chat,
      safety: safetyPort,
      retrieve: (q, limit) => index.retrieve(q, { limit }),
      events: { typing: () => {}, crisis: () => {}, failure: () => {} },
      model: 'llama3.2:3b',
      numCtx: 4096,
      language: 'en',
      userLabel: 'New member',
      msPerChar: 0,
      layout,
      // A fixed sequence so both layouts plan the same three speakers.
      random: () => 0.1,
    });
    // Warm-up round: the cache then holds this conversation, as it would mid-session.
    await session.send('Has anyone found something that helps with the tiredness, everyone?');
    app.fake.resetStats();
    const started = performance.now();
    await session.send('Has anyone here told their family, and how did everyone handle it?');
    const calls = app.fake.stats.calls.filter((c) => c.route === 'chat');
    if (process.env['BENCH_DEBUG']) console.log(layout, calls.map((c) => [c.promptTokens, c.cachedTokens, c.evaluatedTokens]));
    const prompt = calls.reduce((a, c) => a + c.promptTokens, 0);
    const cached = calls.reduce((a, c) => a + c.cachedTokens, 0);
    const replies = (await repos.messages.latest(group.id, 6)).filter((m) => m.author.kind === 'member' && m.createdAt >= 0 && firstSentence.has(m.id));
    const second = replies.slice(-Math.min(3, replies.length))[1];
    const at = second ? firstSentence.get(second.id) : undefined;
    return { prefixReuse: prompt ? cached / prompt : 0, ttfvsPeer2S: at ? (at - started) / 1000 : Number.NaN };
  } finally {
    await app.close();
  }
}

/** A realistic 40-message history: the user and peers taking turns. */
async function seedHistory(repos: ReturnType<typeof openTestDatabase>, group: Group, members: readonly Member[]): Promise<void> {
  const peers = members.filter((m) => m.persona.role !== 'facilitator');
  for (let i = 0; i < HISTORY; i++) {
    const fromUser = i % 3 === 0;
    const peer = peers[i % peers.length]!;
    const message: Partial<Message> & { text: string } = { text: fromUser ? USER_LINES[i % USER_LINES.length]! : replyAt(i) };
    await repos.messages.add({ groupId: group.id, author: fromUser ? { kind: 'user' } : { kind: 'member', memberId: peer.id }, text: message.text });
  }
}

const scenario: BenchScenario = {
  name: 'group round (laptop profile)',
  description: 'three-peer round, 40-message history, prompt 150 tok/s, generation 15 tok/s; Hearth layout vs speaker-first',
  async run() {
    const ours = await measure('shared-first');
    const naive = await measure('speaker-first');
    return {
      'group.prefix_reuse': round(ours.prefixReuse, 3),
      'group.prefix_reuse_naive': round(naive.prefixReuse, 3),
      'group.ttfvs_peer2_s': round(ours.ttfvsPeer2S, 2),
      'group.ttfvs_peer2_naive_s': round(naive.ttfvsPeer2S, 2),
    };
  },
};

export default scenario;
