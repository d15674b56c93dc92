import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { resolvedAliases } from './pathAliases';
import { buildPackIndex } from './src/shared/knowledge/packIndex';
import { KnowledgePack } from './src/shared/knowledge/packSchema';
import { CrisisLines } from './src/shared/knowledge/crisisLinesSchema';

const PACK_INDEX_ID = 'virtual:hearth/pack-index';

/** Refuses to build with crisis lines that do not match their schema (the panel must never lose a line silently). */
function crisisLinesCheckPlugin(): Plugin {
  const file = resolve(import.meta.dirname, 'resources/crisis-lines.json');
  return {
    name: 'hearth-crisis-lines-check',
    buildStart() {
      this.addWatchFile(file);
      const parsed = CrisisLines.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success) this.error(`resources/crisis-lines.json does not match its schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    },
  };
}

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
      const packs = files.map((f) => {
        const parsed = KnowledgePack.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
        // A pack that does not match its schema would be dropped at run time; refuse to build instead.
        if (!parsed.success) this.error(`resources/packs/${f} does not match the pack schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        return parsed.data;
      });
      const index = buildPackIndex(packs);
      return `export default ${JSON.stringify(index)};`;
    },
  };
}

/**
 * Marks the renderer's entry script `blocking="render"`: the first frame waits until it has run, and
 * it paints the app's frame in the person's theme at once (main.tsx). Without it the browser paints
 * a blank page first, light for someone who chose dark. Vite rewrites the entry's tag, so this runs
 * after it; a build whose entry tag no longer matches fails rather than silently losing the hold.
 */
function renderBlockingEntryPlugin(): Plugin {
  const entry = /<script type="module"(?![^>]*\bblocking=)([^>]*\bsrc="[^"]*index-[^"]*\.js")/;
  return {
    name: 'hearth-render-blocking-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!entry.test(html)) throw new Error('hearth-render-blocking-entry: the entry script tag was not found in index.html');
        return html.replace(entry, '<script type="module" blocking="render"$1');
      },
    },
  };
}

// main: ESM, dependencies left external (shipped in node_modules).
// preload: one CommonJS file with zod bundled in — sandboxed preloads cannot load ESM or node_modules.
// renderer: React, served from app://hearth/ in production.
const alias = resolvedAliases(import.meta.dirname);

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias },
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
    resolve: { alias },
    plugins: [react(), packIndexPlugin(), crisisLinesCheckPlugin(), renderBlockingEntryPlugin()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves code unminified by default; the renderer's first script is what a modest laptop parses at start.
      minify: true,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
  },
});
