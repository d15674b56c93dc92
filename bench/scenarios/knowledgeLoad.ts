// Knowledge on demand: what start-up costs (nothing is read: not the index, not a pack) with the real
// packs and with ten times as many; what the first condition search costs (the index chunk read, search
// built), which grows with the packs' names only; and what loading one pack costs the first time a group
// needs it (read its JSON, validate, flatten, build its retrieval index). In node from the repository's
// files; in the app each read is a dynamic import of a chunk from app://.
import { KnowledgeBase } from '@shared/knowledge/knowledgeBase';
import { PackIndex, type PackIndexEntry } from '@shared/knowledge/packIndex';
import { packIndexFromFiles, readPackFile } from '@tests/support/packFiles';
import type { BenchScenario } from '../scenario';
import { median, quantile, round } from '../stats';

const START_ROUNDS = 40;
const LOAD_ROUNDS = 5;

/** The index padded with synthetic entries, as if `times` as many packs shipped. */
function scaled(index: readonly PackIndexEntry[], times: number): PackIndexEntry[] {
  return Array.from({ length: times }, (_, n) => index.map((e) => (n === 0 ? e : { ...e, id: `${e.id}-copy-${n}`, name: `${e.name} ${n}` }))).flat();
}

/** Start-up: the knowledge base is made; nothing is read (the index reader is only held). */
function startMs(indexJson: string): { ms: number; packReads: number; indexReads: number } {
  const t = performance.now();
  const kb = new KnowledgeBase(async () => PackIndex.parse(JSON.parse(indexJson)), readPackFile);
  const ms = performance.now() - t;
  return { ms, packReads: kb.reads.packs, indexReads: kb.reads.index };
}

/** The first condition search (onboarding's condition step): the index chunk read and parsed, search built, one query. */
async function firstSearchMs(indexJson: string): Promise<number> {
  const kb = new KnowledgeBase(async () => PackIndex.parse(JSON.parse(indexJson)), readPackFile);
  const t = performance.now();
  (await kb.conditionSearch()).search('sugar diabetes');
  return performance.now() - t;
}

const scenario: BenchScenario = {
  name: 'knowledge on demand',
  description: `start-up and first condition search (×1 and ×10 packs, median of ${START_ROUNDS}); one pack loaded on demand (read, validate, flatten, index), every pack × ${LOAD_ROUNDS}`,
  async run() {
    const index = packIndexFromFiles();
    const json1 = JSON.stringify(index);
    const json10 = JSON.stringify(scaled(index, 10));
    for (let i = 0; i < 5; i++) startMs(json1);
    const start1 = Array.from({ length: START_ROUNDS }, () => startMs(json1));
    const start10 = Array.from({ length: START_ROUNDS }, () => startMs(json10));
    const search1: number[] = [];
    const search10: number[] = [];
    for (let i = 0; i < START_ROUNDS; i++) {
      search1.push(await firstSearchMs(json1));
      search10.push(await firstSearchMs(json10));
    }

    const loads: number[] = [];
    for (let round = 0; round < LOAD_ROUNDS + 1; round++) {
      for (const { id } of index) {
        const kb = new KnowledgeBase(async () => index, readPackFile);
        const t = performance.now();
        await kb.index([id]);
        // The first round warms the JIT and the file cache.
        if (round > 0) loads.push(performance.now() - t);
      }
    }
    return {
      'knowledge.load_ms': round(median(loads), 2),
      'knowledge.load_ms_p95': round(quantile(loads, 0.95), 2),
      'knowledge.start_ms': round(median(start1.map((s) => s.ms)), 4),
      'knowledge.start_ms_10x_packs': round(median(start10.map((s) => s.ms)), 4),
      'knowledge.start_reads': Math.max(...[...start1, ...start10].map((s) => s.packReads + s.indexReads)),
      'knowledge.first_search_ms': round(median(search1), 3),
      'knowledge.first_search_ms_10x_packs': round(median(search10), 3),
      'knowledge.index_bytes_per_pack': Math.round(json1.length / index.length),
      'knowledge.packs': index.length,
    };
  },
};

export default scenario;
