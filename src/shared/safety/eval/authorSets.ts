// The labelled evaluation sets, one folder per independent author (eval/authors/<author-id>/
// user.jsonl and peer.jsonl). Every figure the classifiers report is computed on an author the
// models were not trained on. Parsing only: reading the files is the caller's job (scripts, tests),
// so this stays free of node built-ins.
import { z } from 'zod';
import { CrisisCategory, CrisisLevel } from '../crisisTypes';

/** One labelled user message. */
export const UserLine = z.object({
  id: z.string(),
  author: z.string(),
  lang: z.string().default('en'),
  group: z.string().default(''),
  text: z.string(),
  level: CrisisLevel,
  categories: z.array(CrisisCategory).default([]),
  recent: z.array(z.string()).optional(),
});
export type UserLine = z.infer<typeof UserLine>;

/** One labelled peer sentence. */
export const PeerLine = z.object({
  id: z.string(),
  author: z.string(),
  lang: z.string().default('en'),
  group: z.string().default(''),
  text: z.string(),
  advice: z.boolean(),
  previous: z.string().optional(),
});
export type PeerLine = z.infer<typeof PeerLine>;

/** One author's sets. */
export interface AuthorSet {
  readonly author: string;
  readonly users: readonly UserLine[];
  readonly peers: readonly PeerLine[];
}

/** The lines of a JSONL text parsed with a schema; the author is filled in from the folder when a line lacks it. */
export function parseJsonl<T>(jsonl: string, schema: z.ZodType<T>, author: string, file: string): T[] {
  return jsonl
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, i }) => {
      const raw = JSON.parse(line) as Record<string, unknown>;
      const parsed = schema.safeParse({ author, ...raw });
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((e) => `${e.path.join('.')} ${e.message}`).join('; ')}`);
      return parsed.data;
    });
}

/**
 * Authors whose sets the rules were tuned on (phrase patches after each first run). Cross-validated
 * figures on them show fit, not generalisation; thresholds are chosen, and the honest figures read,
 * on the other authors.
 */
export const RULE_TUNED_AUTHORS: ReadonlySet<string> = new Set(['team-1', 'blind-2', 'blind-3', 'blind-4']);
