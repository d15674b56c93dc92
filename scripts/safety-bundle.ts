// How the safety module splits in a browser bundle: the first script (the entry and every chunk it
// imports statically) and the chunks loaded on demand (loadSafety's learned models), with their
// inputs and gzip sizes. Used by the split test (src/shared/safety/loadSafety.test.ts) and the
// benchmark (bench/scenarios/safetyClassify.ts).
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The two halves of the bundle. */
export interface SafetyBundleSplit {
  readonly firstInputs: readonly string[];
  readonly firstGzipKb: number;
  readonly lazyInputs: readonly string[];
  readonly lazyGzipKb: number;
}

const OUT = '/safety-bundle-out';

/** Bundles src/shared/safety/index.ts for the browser with code splitting, minified, in memory. */
export async function safetyBundleSplit(): Promise<SafetyBundleSplit> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, '../src/shared/safety/index.ts')],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    outdir: OUT,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((o) => outputs[o]?.entryPoint !== undefined) ?? '';
  const first = new Set<string>();
  const visit = (out: string): void => {
    if (first.has(out)) return;
    first.add(out);
    for (const imp of outputs[out]?.imports ?? []) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(entry);
  const lazy = Object.keys(outputs).filter((o) => !first.has(o));
  const inputsOf = (outs: readonly string[]): string[] => outs.flatMap((o) => Object.keys(outputs[o]?.inputs ?? {}));
  const gzipKbOf = (outs: readonly string[]): number =>
    result.outputFiles.filter((f) => outs.some((o) => f.path.endsWith(o.slice(o.lastIndexOf('/'))))).reduce((n, f) => n + gzipSync(f.contents).length, 0) / 1024;
  return { firstInputs: inputsOf([...first]), firstGzipKb: gzipKbOf([...first]), lazyInputs: inputsOf(lazy), lazyGzipKb: gzipKbOf(lazy) };
}
