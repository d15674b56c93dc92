// library.import_ms_chromium: the same 1,000-topic generated file as 'health library (node)', imported the
// way a person does it — onboarding's "Add the health library", file chosen in main's dialog (scripted here),
// main reading it and streaming the text over the contract — in Debian's Chromium against the built renderer
// and its real IndexedDB, timed from the click on "Choose the file…" to "the library is in".
// Median of 2 runs, each in a fresh browser profile.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTopicsXml } from '@tests/fixtures/medlineplus/generateTopics';
import { scriptedDialogs } from '@tests/support/scriptedDialogs';
import { startUiBench } from '@tests/ui/support/harness';
import type { BenchScenario } from '../scenario';
import { median, round } from '../stats';

const TOPICS = 1000;
const ROUNDS = 2;
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const scenario: BenchScenario = {
  name: 'health library (Chromium)',
  description: `${TOPICS}-topic generated file chosen in onboarding's "Add the health library", until stored; Chromium's IndexedDB, median of ${ROUNDS}`,
  async run() {
    if (!existsSync(join(repoRoot, 'out', 'renderer', 'index.html'))) execFileSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'ignore' });
    const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-library-'));
    const file = join(dir, 'mplus_topics_2026-11-28.xml');
    writeFileSync(file, generateTopicsXml(TOPICS));
    const bench = await startUiBench();
    try {
      const samples: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const { dialogs } = scriptedDialogs({ open: file });
        const { page } = await bench.open({ deps: (defaults) => ({ ...defaults, dialogs }) });
        await page.getByRole('button', { name: /get started/i }).click();
        await page.getByLabel(/your condition/i).fill('a condition with no pack');
        await page.getByTestId('add-library').click();
        const t = performance.now();
        await page.getByTestId('library-choose-file').click();
        await page.getByTestId('library-ready').waitFor({ timeout: 120_000 });
        samples.push(performance.now() - t);
      }
      return { 'library.import_ms_chromium': round(median(samples), 0) };
    } finally {
      await bench.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
export default scenario;
