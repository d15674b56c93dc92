// Issue 16's rule for the renderer, kept by a test: a feature reaches another only through its small
// public entry (features/<name>/index.ts), the features form no cycle, and what sits below them
// (services, ui, knowledge, db, i18n) never reaches up into a feature or the app shell. The app shell
// (app/) composes the screens and may load a screen's module directly, so each screen stays its own chunk.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, sourceFiles } from './sourceFiles';

const root = repoRoot;
const renderer = join(root, 'src/renderer/src');
const ALIAS_RENDERER = '@renderer/';


/** The renderer files a file imports (static and dynamic), resolved to paths; packages and other layers are skipped. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] ?? '');
  return specs.flatMap((spec) => {
    const base = spec.startsWith(ALIAS_RENDERER) ? join(renderer, spec.slice(ALIAS_RENDERER.length)) : spec.startsWith('.') ? resolve(dirname(file), spec) : undefined;
    if (!base || !base.startsWith(renderer)) return [];
    const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((p) => existsSync(p) && statSync(p).isFile());
    return found ? [found] : [];
  });
}

/** `features/<name>/…` → name; anything else → the top folder (services, ui, app…). */
const areaOf = (path: string): { top: string; feature?: string } => {
  const [top = '', feature] = relative(renderer, path).split('/');
  return top === 'features' ? { top, feature } : { top };
};

const edges = sourceFiles(renderer).flatMap((from) => importsOf(from).map((to) => ({ from, to })));

describe('renderer feature boundaries', () => {
  it('a feature reaches another only through its index.ts', () => {
    const reaching = edges.filter(({ from, to }) => {
      const [a, b] = [areaOf(from), areaOf(to)];
      return a.feature && b.feature && a.feature !== b.feature && relative(renderer, to) !== `features/${b.feature}/index.ts`;
    });
    expect(reaching.map(({ from, to }) => `${relative(renderer, from)} → ${relative(renderer, to)}`)).toEqual([]);
  });

  it('the features depend on each other without a cycle', () => {
    const graph = new Map<string, Set<string>>();
    for (const { from, to } of edges) {
      const [a, b] = [areaOf(from).feature, areaOf(to).feature];
      if (a && b && a !== b) graph.set(a, (graph.get(a) ?? new Set()).add(b));
    }
    const cycles: string[] = [];
    const visit = (node: string, path: string[]): void => {
      if (path.includes(node)) return void cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
    // The test sees the real graph: group uses crisis help, model state and the questions list.
    expect([...(graph.get('group') ?? [])].sort()).toEqual(['care-questions', 'crisis', 'model-setup']);
  });

  it('services, ui, knowledge, db and i18n never reach up into a feature or the app shell', () => {
    const below = new Set(['services', 'ui', 'knowledge', 'db', 'i18n']);
    const upward = edges.filter(({ from, to }) => below.has(areaOf(from).top) && ['features', 'app'].includes(areaOf(to).top));
    expect(upward.map(({ from, to }) => `${relative(renderer, from)} → ${relative(renderer, to)}`)).toEqual([]);
  });
});
