// The labelled user messages of the safety evaluation sets, parsed from their JSONL text. Reading
// the files is the caller's job (script or test), so this stays free of node built-ins.
import { z } from 'zod';
import { CrisisCategory, CrisisLevel } from '../crisisTypes';

/** One labelled user message from an evaluation set. */
export const LabelledMessage = z.object({
  id: z.string(),
  group: z.string(),
  text: z.string(),
  recent: z.array(z.string()).optional(),
  level: CrisisLevel,
  categories: z.array(CrisisCategory),
});
export type LabelledMessage = z.infer<typeof LabelledMessage>;

/** The evaluation files that hold user messages (peer lines in them are skipped). */
export const EVAL_FILES = ['user-messages.jsonl', 'blind-2.jsonl', 'blind-3.jsonl', 'blind-4.jsonl'] as const;

/** The user messages in one JSONL file's text; lines without a `level` (peer sentences) are skipped. */
export function parseLabelledMessages(jsonl: string): LabelledMessage[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line): unknown => JSON.parse(line))
    .filter((row): row is Record<string, unknown> => typeof row === 'object' && row !== null && 'level' in row)
    .map((row) => LabelledMessage.parse(row));
}

/**
 * The writing round a message came from, by its id prefix ("u", "r", "f", "v", "t", "i", "l",
 * "b2u", "b3u", "b4u"). Each round was written in one sitting, so its near-duplicates stay together.
 */
export function roundOf(id: string): string {
  return /^(b\d+u|[a-z])/.exec(id)?.[1] ?? id;
}
