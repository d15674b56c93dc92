import { defineConfig } from 'vitest/config';
import { resolvedAliases } from './pathAliases';

// Two projects: `unit` (node: shared, main, fake server, scripts) and `ui` (real Chromium
// driving the built renderer). `npm test` runs both; the UI project needs `npm run build` first.
export default defineConfig({
  resolve: { alias: resolvedAliases(import.meta.dirname) },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['*.test.ts', 'src/**/*.test.{ts,tsx}', 'tests/**/*.test.ts', 'scripts/**/*.test.ts', 'eslint/**/*.test.ts', 'packaging/**/*.test.ts'],
          exclude: ['tests/ui/**', 'tests/e2e-electron/**', 'node_modules/**'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-electron',
          environment: 'node',
          include: ['tests/e2e-electron/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'node',
          include: ['tests/ui/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
