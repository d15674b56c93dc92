// The repository's pack files for node tests and the bench: the index as the build makes it, and a reader
// that counts what it reads. Tests only (node:fs), never imported by app code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPackIndex, type PackIndexEntry } from '@shared/knowledge/packIndex';

/** resources/packs in this repository. */
export const PACKS_DIR = fileURLToPath(new URL('../../resources/packs/', import.meta.url));

/** Every pack file's raw JSON, by pack id (the file name). */
export function readPackFiles(dir = PACKS_DIR): Map<string, unknown> {
  return new Map(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown]));
}

/** The start-up index built from the files, as electron.vite.config.ts builds it. */
export function packIndexFromFiles(dir = PACKS_DIR): PackIndexEntry[] {
  return buildPackIndex([...readPackFiles(dir).values()]);
}

/** Reads one pack file from disk, as the app's dynamic import would. */
export async function readPackFile(id: string, dir = PACKS_DIR): Promise<unknown> {
  return JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as unknown;
}
