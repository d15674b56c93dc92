// The path aliases are said twice: to the bundler and test runner (pathAliases.ts) and to TypeScript
// and tsx (tsconfig.base.json). This keeps the two in step, and every alias pointing at a real folder.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATH_ALIASES } from './pathAliases';

const root = import.meta.dirname;
const tsPaths = (JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } }).compilerOptions.paths;

describe('path aliases', () => {
  it('say the same to TypeScript as to Vite and Vitest', () => {
    const fromTs = Object.fromEntries(Object.entries(tsPaths).map(([alias, [target]]) => [alias.replace(/\/\*$/, ''), (target ?? '').replace(/^\.\//, '').replace(/\/\*$/, '')]));
    expect(fromTs).toEqual(PATH_ALIASES);
  });

  it('each point at a folder that exists', () => {
    for (const dir of Object.values(PATH_ALIASES)) expect(existsSync(join(root, dir)), dir).toBe(true);
  });
});
