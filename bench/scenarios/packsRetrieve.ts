// Retrieval latency over the largest bundled pack: the index is built once and warmed, then every labelled
// query (realistic user phrasing from retrieval.eval.json) is asked many times. Target: p50 under 2 ms.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KnowledgePack } from '@shared/knowledge/packSchema';
import { flattenPack } from '@shared/knowledge/flattenPack';
import { FactIndex } from '@shared/knowledge/retrieval';
import type { BenchScenario } from '../scenario';
import { quantile, round } from '../stats';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ROUNDS = 25;
const WARMUP_ROUNDS = 3;

const scenario: BenchScenario = {
  name: 'knowledge-pack retrieval',
  description: 'BM25 retrieve(limit 5) over the largest bundled pack (and over all packs), warm index, all labelled queries × 25 rounds',
  async run() {
    const packsDir = join(root, 'resources', 'packs');
    const packs = readdirSync(packsDir).filter((f) => f.endsWith('.json')).map((f) => KnowledgePack.parse(JSON.parse(readFileSync(join(packsDir, f), 'utf8'))));
    const largest = packs.map((p) => ({ pack: p, facts: flattenPack(p) })).sort((a, b) => b.facts.length - a.facts.length)[0];
    if (!largest) throw new Error('no packs found in resources/packs');
    const queries = (JSON.parse(readFileSync(join(root, 'src', 'shared', 'knowledge', 'retrieval.eval.json'), 'utf8')) as { queries: Array<{ q: string }> }).queries.map((q) => q.q);

    const buildStart = performance.now();
    const index = FactIndex.build(largest.facts);
    const buildMs = performance.now() - buildStart;

    for (let r = 0; r < WARMUP_ROUNDS; r++) for (const q of queries) index.retrieve(q, { limit: 5 });
    const samples: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      for (const q of queries) {
        const t = performance.now();
        index.retrieve(q, { limit: 5 });
        samples.push(performance.now() - t);
      }
    }
    // Cross-condition groups search every pack at once; measure that too, on the same queries.
    const allIndex = FactIndex.build(packs.flatMap((p) => flattenPack(p)));
    for (const q of queries) allIndex.retrieve(q, { limit: 5 });
    const allSamples: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      for (const q of queries) {
        const t = performance.now();
        allIndex.retrieve(q, { limit: 5 });
        allSamples.push(performance.now() - t);
      }
    }
    return {
      'packs.retrieve_ms_p50': round(quantile(samples, 0.5), 4),
      'packs.retrieve_ms_p95': round(quantile(samples, 0.95), 4),
      'packs.index_build_ms': round(buildMs, 2),
      'packs.largest_pack_facts': largest.facts.length,
      'packs.retrieve_all_packs_ms_p50': round(quantile(allSamples, 0.5), 4),
      'packs.all_packs_facts': allIndex.size,
    };
  },
};

export default scenario;
