// Lint enforces the house's layering (shared/ARCHITECTURE.md): each runtime may import only what
// it is allowed to reach. The rules live in eslint/layering.js so a test can prove they bite.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { layeringConfigs } from './eslint/layering.js';

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'tests/ui/.screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // The rules of hooks and their dependency lists: a stale closure in a hook once resumed a session
  // that no longer existed. Includes the React Compiler's checks (refs, purity, state in effects).
  { files: ['src/renderer/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  {
    files: ['tests/**/*', 'bench/**/*', 'scripts/**/*', '*.config.*', 'eslint/**/*'],
    rules: { 'no-console': 'off' },
  },
  ...layeringConfigs,
);
