// The small JSON file Hearth writes beside a saved model file ("<name>.hearth-model.json"), so the
// person who receives the file can check it is exactly what was saved, and so Hearth can create the
// model with the same template and parameters it had. It holds nothing about the person.
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';

export const MANIFEST_SUFFIX = '.hearth-model.json';

export const HearthModelManifest = z.object({
  format: z.literal('hearth-model'),
  formatVersion: z.literal(1),
  /** The model's name in Ollama, e.g. "llama3.2:3b". */
  name: z.string().min(1).max(200),
  label: z.string().min(1).max(200),
  file: z.object({
    name: z.string().min(1).max(255),
    sizeBytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[a-f0-9]{64}$/),
  }),
  /** What Ollama's /api/show reported, so the model is created the same way on the other computer. */
  template: z.string().max(100_000).optional(),
  system: z.string().max(100_000).optional(),
  parameters: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))])).optional(),
  /** The day it was saved (a date only). */
  savedOn: z.iso.date(),
});
export type HearthModelManifest = z.infer<typeof HearthModelManifest>;

/** "model.gguf" → "model.hearth-model.json" beside it. */
export function manifestPathFor(modelPath: string): string {
  return join(dirname(modelPath), `${basename(modelPath).replace(/\.gguf$/i, '')}${MANIFEST_SUFFIX}`);
}

/** The manifest beside a model file, when there is one, it parses, and it names this file. */
export async function readManifestBeside(modelPath: string): Promise<HearthModelManifest | null> {
  let text: string;
  try {
    text = await readFile(manifestPathFor(modelPath), 'utf8');
  } catch {
    return null;
  }
  if (text.length > 1_000_000) return null;
  try {
    const parsed = HearthModelManifest.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.file.name === basename(modelPath) ? parsed.data : null;
  } catch {
    return null;
  }
}
