// The path aliases, for the bundler and the test runner; tsconfig.base.json's `paths` says the same
// to TypeScript and tsx (pathAliases.test.ts keeps the two in step).
import { resolve } from 'node:path';

/** Alias → folder, relative to the repository root. */
export const PATH_ALIASES = {
  '@shared': 'src/shared',
  '@renderer': 'src/renderer/src',
  '@main': 'src/main',
  '@tests': 'tests',
  '@bench': 'bench',
  '@scripts': 'scripts',
  '@resources': 'resources',
} as const;

/** The aliases as absolute folders, the form Vite's `resolve.alias` takes. */
export const resolvedAliases = (root: string): Record<string, string> =>
  Object.fromEntries(Object.entries(PATH_ALIASES).map(([alias, dir]) => [alias, resolve(root, dir)]));
