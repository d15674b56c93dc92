import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { resolvedAliases } from '../../../pathAliases';

let cached: Promise<string> | undefined;

/** Bundles testPreload.browser.ts into one script for page.addInitScript (once per test run). */
export function bundleTestPreload(): Promise<string> {
  cached ??= (async () => {
    const entry = fileURLToPath(new URL('./testPreload.browser.ts', import.meta.url));
    const output = await build({
      configFile: false,
      // The bundled code imports through the path aliases, as the app does.
      resolve: { alias: resolvedAliases(fileURLToPath(new URL('../../../', import.meta.url))) },
      logLevel: 'silent',
      build: { write: false, minify: false, lib: { entry, formats: ['iife'], name: 'hearthTestPreload' } },
    });
    const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
    const chunk = results.flatMap((r) => r.output).find((o) => o.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error('test preload bundle produced no code');
    return chunk.code;
  })();
  return cached;
}
