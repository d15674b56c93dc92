// safety.*: the cost of the safety classifiers on this machine. Every user message of the in-repo
// author sets goes through assessCrisis with up to four earlier messages of a conversation (as the
// session calls it: the earlier ones were read a moment before), every peer sentence through
// checkAdvice with the sentence before; per-call wall time, p50 and p95, after a warm-up. Also the
// shipped model sizes and what the classifiers add to the renderer bundle (minified + gzip).
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkAdvice, warmUpAdviceGuard } from '@shared/safety/adviceGuard';
import { assessCrisis, warmUpCrisisAssessment } from '@shared/safety/assessCrisis';
import { loadSafetySync } from '@shared/safety/loadSafetySync';
import { IN_REPO_AUTHORS, readAuthors } from '@scripts/safety-authors';
import { safetyBundleSplit } from '@scripts/safety-bundle';
import type { BenchScenario } from '../scenario';
import { quantile, round } from '../stats';

const root = fileURLToPath(new URL('../../', import.meta.url));

const scenario: BenchScenario = {
  name: 'safety classifiers',
  description: 'assessCrisis (with up to 4 recent messages; first pass and steady state) and checkAdvice per call on the in-repo author sets, p50/p95 wall time on a shared machine; model sizes; renderer gzip KB (first script and the learned half loaded on demand)',
  async run() {
    loadSafetySync();
    warmUpCrisisAssessment();
    warmUpAdviceGuard();
    const authors = readAuthors(IN_REPO_AUTHORS);
    const users = authors.flatMap((a) => a.users.map((u) => u.text));
    const peers = authors.flatMap((a) => a.peers);
    // First pass: every message once, as a fresh session meets it (JIT and regex tier-up included);
    // second pass: the same conversation again, steady state.
    const pass = (): number[] =>
      users.map((text, i) => {
        const recent = users.slice(Math.max(0, i - 4), i);
        const started = performance.now();
        assessCrisis(text, { recent });
        return performance.now() - started;
      });
    const firstPassMs = pass();
    const crisisMs = pass();
    const adviceMs: number[] = [];
    for (const p of peers) {
      const started = performance.now();
      checkAdvice(p.text, p.previous ? { previous: p.previous } : {});
      adviceMs.push(performance.now() - started);
    }
    const modelBytes = ['crisisModel.json', 'adviceModel.json'].map((f) => readFileSync(`${root}src/shared/safety/learned/${f}`).length);
    const split = await safetyBundleSplit();
    return {
      'safety.assess_crisis_first_pass_ms_p50': round(quantile(firstPassMs, 0.5), 3),
      'safety.assess_crisis_first_pass_ms_p95': round(quantile(firstPassMs, 0.95), 3),
      'safety.assess_crisis_ms_p50': round(quantile(crisisMs, 0.5), 3),
      'safety.assess_crisis_ms_p95': round(quantile(crisisMs, 0.95), 3),
      'safety.check_advice_ms_p50': round(quantile(adviceMs, 0.5), 3),
      'safety.check_advice_ms_p95': round(quantile(adviceMs, 0.95), 3),
      'safety.models_kb': round((modelBytes[0] ?? 0) / 1024 + (modelBytes[1] ?? 0) / 1024, 1),
      'safety.models_gzip_kb': round(modelBytes.length ? gzipSync(Buffer.concat(['crisisModel.json', 'adviceModel.json'].map((f) => readFileSync(`${root}src/shared/safety/learned/${f}`)))).length / 1024 : 0, 1),
      'safety.bundle_first_script_gzip_kb': round(split.firstGzipKb, 1),
      'safety.bundle_lazy_gzip_kb': round(split.lazyGzipKb, 1),
    };
  },
};

export default scenario;
