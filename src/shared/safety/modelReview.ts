// The model's review of a peer's or the facilitator's reply before any of it is shown: one verdict
// per sentence, against the three things a peer must never do. It can only hold a reply. A review
// that does not come back readable (late, malformed, the wrong number of verdicts) is a failure,
// and the caller fails closed.
import { z } from 'zod';

/** One sentence's verdict: fine, personal medical advice, discouraging care, or claiming to be human. */
export const SentenceVerdict = z.enum(['ok', 'advice', 'discourage', 'human']);
export type SentenceVerdict = z.infer<typeof SentenceVerdict>;

/**
 * The JSON schema for a reply of `sentences` sentences, sent as Ollama's `format`: a bare list of
 * verdicts, in order. A list rather than an object saves the generated key on every review, and
 * every generated token is time the person waits for the reply.
 */
export function reviewFormat(sentences: number): Record<string, unknown> {
  return z.toJSONSchema(z.array(SentenceVerdict).min(sentences).max(sentences)) as Record<string, unknown>;
}

/** The review's reading: which sentences (0-based) it would hold, and why. */
export interface ReviewResult {
  readonly verdicts: readonly SentenceVerdict[];
  readonly held: readonly number[];
}

/** Reads the model's answer; undefined unless it has exactly one known verdict per sentence. */
export function parseReview(content: string, sentences: number): ReviewResult | undefined {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return undefined;
  }
  const parsed = z.array(SentenceVerdict).safeParse(json);
  if (!parsed.success || parsed.data.length !== sentences) return undefined;
  const verdicts = parsed.data;
  return { verdicts, held: verdicts.flatMap((v, i) => (v === 'ok' ? [] : [i])) };
}
