import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { buildPackIndex } from './src/shared/knowledge/packIndex';

const PACK_INDEX_ID = 'virtual:hearth/pack-index';

/**
 * `virtual:hearth/pack-index`: the packs' names, synonyms and a few ids, computed at build time so the
 * renderer starts with the index only. Each pack's full JSON stays a separate chunk, imported on demand.
 */
function packIndexPlugin(): Plugin {
  const dir = resolve(import.meta.dirname, 'resources/packs');
  return {
    name: 'hearth-pack-index',
    resolveId: (source) => (source === PACK_INDEX_ID ? `\0${PACK_INDEX_ID}` : undefined),
    load(id) {
      if (id !== `\0${PACK_INDEX_ID}`) return undefined;
      const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
      for (const f of files) this.addWatchFile(join(dir, f));
      const index = buildPackIndex(files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown));
      return `export default ${JSON.stringify(index)};`;
    },
  };
}

// main: ESM, dependencies left external (shipped in node_modules).
// preload: one CommonJS file with zod bundled in — sandboxed preloads cannot load ESM or node_modules.
// renderer: React, served from app://hearth/ in production.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react(), packIndexPlugin()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
  },
});
