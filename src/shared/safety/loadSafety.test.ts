import { build, type Metafile } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkAdvice } from './adviceGuard';
import { assessCrisis, assessCrisisByRules } from './assessCrisis';
import { combineVerdict } from './crisisVerdict';
import { learnedSafety } from './learnedSafety';
import { decideResponse } from './gateResponse';
import { loadSafety, safetyLoaded } from './loadSafety';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The renderer's view of the safety module: its entry and every chunk the entry imports statically, and the chunks it loads on demand. */
async function bundleSplit(): Promise<{ firstInputs: string[]; firstGzipKb: number; lazyInputs: string[] }> {
  const result = await build({
    entryPoints: [`${here}index.ts`],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    outdir: '/virtual-out',
    metafile: true,
    logLevel: 'silent',
  });
  const meta: Metafile = result.metafile;
  const entry = Object.keys(meta.outputs).find((o) => meta.outputs[o]?.entryPoint !== undefined) ?? '';
  const first = new Set<string>();
  const visit = (out: string): void => {
    if (first.has(out)) return;
    first.add(out);
    for (const imp of meta.outputs[out]?.imports ?? []) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(entry);
  const inputsOf = (outs: Iterable<string>): string[] => [...outs].flatMap((o) => Object.keys(meta.outputs[o]?.inputs ?? {}));
  const lazy = Object.keys(meta.outputs).filter((o) => !first.has(o) && !o.endsWith('.map'));
  const bytes = result.outputFiles.filter((f) => [...first].some((o) => f.path.endsWith(o.replace(/^.*virtual-out/, '')))).reduce((n, f) => n + gzipSync(f.contents).length, 0);
  return { firstInputs: inputsOf(first), firstGzipKb: bytes / 1024, lazyInputs: inputsOf(lazy) };
}

describe('loadSafety: the learned half loads apart from the rules', () => {
  it('answers with the rules before the models are loaded, and asks about a crisis-shaped distress', () => {
    expect(safetyLoaded()).toBe(false);
    expect(assessCrisis('I want to kill myself tonight').level).toBe('crisis');
    const flare = assessCrisis('everything is too much and I keep thinking about hurting myself');
    expect(decideResponse(flare).response).not.toBe('group');
    expect(checkAdvice('You should stop taking your insulin.').advice).toBe(true);
  });

  it('installs the models once the promise resolves, and later calls share the first load', async () => {
    const first = loadSafety();
    expect(loadSafety()).toBe(first);
    await first;
    expect(safetyLoaded()).toBe(true);
    const learned = learnedSafety();
    expect(learned).not.toBeNull();
    const text = 'i have been giving away my things and writing letters to everyone';
    const recent = ['nothing is going to get better'];
    const expected = combineVerdict(assessCrisisByRules(text, { recent }), learned?.crisisProbabilities(text, recent) ?? {}, learned?.crisisThresholds ?? { panel: 1, ask: 1, doubt: 0 });
    expect(assessCrisis(text, { recent })).toEqual(expected);
  });

  it('keeps wink-nlp and the learned weights out of the first script: they sit in a chunk loaded on demand', async () => {
    const { firstInputs, firstGzipKb, lazyInputs } = await bundleSplit();
    const heavy = (input: string): boolean => /wink-nlp|wink-eng-lite-web-model|learned\/\w+Model\.json|nlp\/parse\.ts/.test(input);
    expect(firstInputs.filter(heavy)).toEqual([]);
    expect(lazyInputs.some((i) => i.includes('wink-eng-lite-web-model'))).toBe(true);
    expect(lazyInputs.some((i) => /learned\/crisisModel\.json/.test(i))).toBe(true);
    process.stdout.write(`safety module, first script: ${firstGzipKb.toFixed(1)} KB gzip\n`);
  });
}, 60_000);
