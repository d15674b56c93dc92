import { z } from 'zod';
import { Id, Timestamp } from './ids';

/** A rolling summary of older messages, made by the model, so long groups fit the context. */
export const GroupSummary = z.object({
  id: Id,
  groupId: Id,
  /** The summary covers messages with seq ≤ this. */
  uptoSeq: z.number().int().nonnegative(),
  text: z.string(),
  createdAt: Timestamp,
});
export type GroupSummary = z.infer<typeof GroupSummary>;
