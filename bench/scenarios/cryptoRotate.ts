// crypto.rotate_10k_ms: a passphrase change with 10,000 encrypted messages stored, in Debian's Chromium
// with storage buckets on (as in Electron): the old passphrase checked (PBKDF2 600k), a new data key
// wrapped under the new one (PBKDF2 600k), every record decrypted and re-encrypted into a fresh
// generation, its marker written, and the old generation's bucket deleted. Median of 3 runs, each on
// a freshly seeded page.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedInPage, timePassphraseChangeInPage } from '@tests/ui/privacySeed';
import { startUiBench } from '@tests/ui/support/harness';
import type { BenchScenario } from '../scenario';
import { median, round } from '../stats';

const MESSAGES = 10_000;
const RUNS = 3;
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const scenario: BenchScenario = {
  name: 'passphrase change',
  description: `passphrase change → ${MESSAGES} messages re-encrypted into a fresh storage bucket under a new key, old bucket deleted (Chromium), median of ${RUNS}`,
  async run() {
    if (!existsSync(join(repoRoot, 'out', 'renderer', 'index.html'))) execFileSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'ignore' });
    const bench = await startUiBench({ storageBuckets: true });
    try {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const hp = await bench.open();
        await seedInPage(hp.page, { passphrase: 'bench passphrase before', messages: MESSAGES, marker: 'bench' });
        const { ms, messages } = await timePassphraseChangeInPage(hp.page, 'bench passphrase before', 'bench passphrase after');
        if (messages !== MESSAGES) throw new Error(`rotate bench: ${messages} messages after the change`);
        times.push(ms);
        await hp.close();
      }
      return { 'crypto.rotate_10k_ms': round(median(times), 0), 'crypto.rotate_10k_ms_max': round(Math.max(...times), 0) };
    } finally {
      await bench.close();
    }
  },
};
export default scenario;
