import { z } from 'zod';
import { Id, Timestamp } from './ids';

/** How a question reached the list: a redirected medical question, a message's menu, a session's close, or typed in. */
export const CareQuestionOrigin = z.enum(['redirect', 'message', 'close', 'typed']);
export type CareQuestionOrigin = z.infer<typeof CareQuestionOrigin>;

/** The longest question the list keeps (a long message is trimmed to this). */
export const CARE_QUESTION_MAX = 1000;

/**
 * One question for the person's next appointment ("For my next appointment"). Private and
 * encrypted like everything else; only the id stays readable on disk.
 */
export const CareQuestion = z.object({
  id: Id,
  text: z.string().min(1).max(CARE_QUESTION_MAX),
  /** Order in the list, smallest first; the person can move questions up and down. */
  position: z.number(),
  origin: CareQuestionOrigin,
  /** The group and message it came from, when it came from a conversation. */
  groupId: Id.optional(),
  sourceMessageId: Id.optional(),
  status: z.enum(['open', 'asked']),
  /** What the care team said, noted by the person when they mark it asked. */
  answerNote: z.string().max(2000).optional(),
  askedAt: Timestamp.optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type CareQuestion = z.infer<typeof CareQuestion>;
