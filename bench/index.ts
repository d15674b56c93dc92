// `npm run bench` runs every scenario in bench/scenarios/ and prints a table of figures;
// `npm run bench -- --json` also prints one JSON object of all figures as its last line.
// `--only <text>` runs the scenarios whose file name contains the text.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { BenchScenario } from './scenario';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;

const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'scenarios');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();

const figures: Record<string, number> = {};
const rows: Array<[string, string, string]> = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: BenchScenario };
  const scenario = mod.default;
  const started = performance.now();
  const result = await scenario.run();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const [key, value] of Object.entries(result)) {
    figures[key] = value;
    rows.push([scenario.name, key, String(value)]);
  }
  rows.push([scenario.name, '(scenario wall time, s)', seconds]);
}

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['scenario', 'figure', 'value'][i]!.length));
const line = (r: readonly string[]): string => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(line(['scenario', 'figure', 'value']));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
if (asJson) console.log(JSON.stringify(figures));
