// crypto.write_ratio: 10,000 messages through MessagesRepo.add, one transaction each, encrypted ÷
// plain, in Debian's Chromium on its real IndexedDB — where the app actually runs. Alternating rounds,
// median of 2 each. (crypto.write_ratio_fake_idb is the same in node on fake-indexeddb, an in-memory
// store so fast that WebCrypto's own time dominates the ratio.)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeWritesInPage } from '@tests/ui/privacySeed';
import { startUiBench } from '@tests/ui/support/harness';
import type { BenchScenario } from '../scenario';
import { median, round } from '../stats';

const MESSAGES = 10_000;
const ROUNDS = 2;
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const scenario: BenchScenario = {
  name: 'encrypted writes (Chromium)',
  description: `${MESSAGES} messages through MessagesRepo.add in Chromium's IndexedDB, encrypted vs plain, median of ${ROUNDS} alternating rounds`,
  async run() {
    if (!existsSync(join(repoRoot, 'out', 'renderer', 'index.html'))) execFileSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'ignore' });
    const bench = await startUiBench();
    try {
      const hp = await bench.open();
      const plain: number[] = [];
      const sealed: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        plain.push(await timeWritesInPage(hp.page, MESSAGES, false));
        sealed.push(await timeWritesInPage(hp.page, MESSAGES, true));
      }
      return {
        'crypto.write_ratio': round(median(sealed) / median(plain), 3),
        'crypto.write_plain_10k_ms': round(median(plain), 0),
        'crypto.write_encrypted_10k_ms': round(median(sealed), 0),
      };
    } finally {
      await bench.close();
    }
  },
};
export default scenario;
