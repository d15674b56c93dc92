// The layering rules of shared/ARCHITECTURE.md, as ESLint `no-restricted-imports` configs.
// shared: pure TypeScript (no electron, no node built-ins, no DOM-only runtime code, no app layers).
// renderer and main meet only in shared; preload imports only electron and shared/contract.

const nodeBuiltins = [
  'assert', 'async_hooks', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events',
  'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector', 'module', 'net', 'os', 'path', 'perf_hooks',
  'process', 'querystring', 'readline', 'stream', 'string_decoder', 'timers', 'tls', 'tty', 'url', 'util',
  'v8', 'vm', 'worker_threads', 'zlib',
];

const electron = { name: 'electron', message: 'Only src/main and src/preload may import electron.' };
const nodePatterns = {
  regex: `^(node:.*|(${nodeBuiltins.map((m) => m.replace('/', '\\/')).join('|')})(\\/.*)?)$`,
  message: 'src/shared and src/renderer run without Node: no node built-ins.',
};
const layer = (name, message) => ({ group: [`**/${name}/**`, `**/${name}`, `@${name}`, `@${name}/**`], message });
// Two or more steps up is a deep relative import: say where it goes with a path alias instead (the
// aliases' own file at the root is the one thing no alias can name).
const deepRelative = { regex: '^(\\.\\./){2,}(?!(\\.\\./)*pathAliases$)', message: 'Use a path alias (@shared, @renderer, @main, @tests, @bench, @scripts, @resources) instead of a deep relative import.' };

export const layeringConfigs = [
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    ignores: ['src/shared/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electron, { name: 'react', message: 'src/shared is UI-free.' }, { name: 'dexie', message: 'src/shared is storage-free.' }],
        patterns: [
          nodePatterns,
          deepRelative,
          layer('main', 'src/shared must not import src/main.'),
          layer('preload', 'src/shared must not import src/preload.'),
          layer('renderer', 'src/shared must not import src/renderer.'),
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'src/shared has no DOM.' },
        { name: 'document', message: 'src/shared has no DOM.' },
        { name: 'localStorage', message: 'src/shared has no DOM.' },
        { name: 'indexedDB', message: 'src/shared has no DOM.' },
        { name: 'process', message: 'src/shared has no Node.' },
        { name: 'require', message: 'src/shared has no Node.' },
        { name: '__dirname', message: 'src/shared has no Node.' },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electron],
        patterns: [
          nodePatterns,
          deepRelative,
          layer('main', 'src/renderer must not import src/main; meet in src/shared/contract.'),
          layer('preload', 'src/renderer must not import src/preload; use window.hearth.'),
        ],
      }],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          deepRelative,
          layer('renderer', 'src/main must not import src/renderer; meet in src/shared/contract.'),
          layer('preload', 'src/main must not import src/preload.'),
        ],
      }],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          {
            regex: '^(?!electron$|(\\.\\./)+shared/contract(/.*)?$|@shared/contract(/.*)?$).*',
            message: 'src/preload may import only electron and src/shared/contract.',
          },
        ],
      }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.ts', 'packaging/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepRelative] }] },
  },
];
