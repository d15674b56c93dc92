// app.renderer_js_kb_gzip: the JavaScript the built renderer must load before its first frame — the
// entry script index.html names and every chunk it imports statically — gzipped, in KB.
// app.first_paint_ms: the built renderer opened cold in Debian's Chromium (a fresh profile each time,
// nothing cached), from navigation to the first contentful paint (the welcome's words), median of 5.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startUiBench } from '@tests/ui/support/harness';
import type { BenchScenario } from '../scenario';
import { median, round } from '../stats';

const ROUNDS = 5;
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const rendererDir = join(repoRoot, 'out', 'renderer');

/** The entry script and, recursively, the chunks it imports statically (what runs before the first frame). */
function firstScripts(): string[] {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => resolve(rendererDir, m[1]!));
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only: `import … from "./x.js"` and bare `import "./x.js"`; dynamic import() chunks load later.
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(resolve(dirname(file), m[1]!));
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}

const scenario: BenchScenario = {
  name: 'app start (built renderer)',
  description: `first script gzipped (entry + static imports); cold first contentful paint in Chromium, fresh profile, median of ${ROUNDS}`,
  async run() {
    if (!existsSync(join(rendererDir, 'index.html'))) execFileSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'ignore' });
    const bytes = firstScripts().reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
    const bench = await startUiBench();
    try {
      const samples: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const hp = await bench.open();
        await hp.page.getByRole('button', { name: /get started/i }).waitFor();
        // The entry can be reported a frame after the words are on screen: wait for it.
        const fcp = await hp.page.evaluate(
          () =>
            new Promise<number>((done) => {
              new PerformanceObserver((list) => {
                const entry = list.getEntriesByName('first-contentful-paint')[0];
                if (entry) done(entry.startTime);
              }).observe({ type: 'paint', buffered: true });
            }),
        );
        samples.push(fcp);
        await hp.close();
      }
      return { 'app.renderer_js_kb_gzip': round(bytes / 1024, 1), 'app.first_paint_ms': round(median(samples), 0) };
    } finally {
      await bench.close();
    }
  },
};
export default scenario;
