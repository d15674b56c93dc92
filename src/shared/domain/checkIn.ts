import { z } from 'zod';
import { Id, Timestamp } from './ids';

/** Agreement on a 1–5 scale ("not at all" … "very much"). */
export const Score = z.number().int().min(1).max(5);

/** After a session: one question for each support function, plus an optional mood. */
export const CheckIn = z.object({
  id: Id,
  groupId: Id,
  createdAt: Timestamp,
  informational: Score.optional(),
  emotional: Score.optional(),
  appraisal: Score.optional(),
  instrumental: Score.optional(),
  mood: Score.optional(),
});
export type CheckIn = z.infer<typeof CheckIn>;

/** A concrete next step the user chose at a session's close. */
export const NextStep = z.object({
  id: Id,
  groupId: Id,
  text: z.string().min(1).max(300),
  createdAt: Timestamp,
  status: z.enum(['open', 'done', 'dropped']),
  updatedAt: Timestamp,
});
export type NextStep = z.infer<typeof NextStep>;
