import { statfs } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Where Ollama keeps models: OLLAMA_MODELS if set, else ~/.ollama/models (all platforms). */
export function modelsDirectory(env: Readonly<Record<string, string | undefined>>, homeDir: string): string {
  return env['OLLAMA_MODELS'] || join(homeDir, '.ollama', 'models');
}

/**
 * Free bytes on the disk that holds `dir`. The folder may not exist before the first download,
 * so the nearest existing parent is measured. Null when nothing could be measured.
 */
export async function freeDiskBytes(dir: string): Promise<number | null> {
  let current = dir;
  for (let i = 0; i < 32; i++) {
    try {
      const stats = await statfs(current);
      return stats.bavail * stats.bsize;
    } catch {
      const parent = dirname(current);
      if (parent === current) return null;
      current = parent;
    }
  }
  return null;
}
