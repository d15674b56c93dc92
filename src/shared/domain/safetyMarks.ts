import { z } from 'zod';
import { AskAbout } from '../safety/gateResponse';
import { Id, Timestamp } from './ids';

/**
 * Set on a user message that led to the crisis panel or to the facilitator's direct question, and on
 * the answer to that question. A marked message never reaches a model again: every later prompt shows
 * a neutral line in its place. Categories only, never words.
 */
export const MessageSafety = z.object({
  response: z.enum(['panel', 'ask']),
  askAbout: AskAbout.optional(),
  categories: z.array(z.string()),
  /** The person's answer to the facilitator's question (rather than the message that raised it). */
  answer: z.boolean().optional(),
  /** The person said the panel misread them ("That's not what I meant"). The mark stays. */
  misread: z.boolean().optional(),
  /** The person answered no to the question this message raised. The mark stays; it is no longer a recent sign of risk. */
  answeredNo: z.boolean().optional(),
});
export type MessageSafety = z.infer<typeof MessageSafety>;

/**
 * A group's safety state, kept on the group record so it survives a language switch, reopening,
 * restart and unlock. `asking`: the facilitator asked directly and peers wait for the answer;
 * `paused`: the crisis panel opened and peers wait until the person returns.
 */
export const GroupSafety = z.object({
  state: z.enum(['open', 'asking', 'paused']),
  /** The message that led here. */
  messageId: Id.optional(),
  askAbout: AskAbout.optional(),
  categories: z.array(z.string()),
  since: Timestamp,
  /** Help lines stay in view (after an ask that got no answer, or while asking or paused). */
  helpVisible: z.boolean(),
  /** When this group's crisis was recorded in the app-wide crisis state, so a misread can take back exactly that. */
  crisisRecordedAt: Timestamp.optional(),
  /** Answers to the question that were neither yes nor no, so far. */
  unclearAnswers: z.number().int().nonnegative().optional(),
});
export type GroupSafety = z.infer<typeof GroupSafety>;

/** A group with no safety state yet is open. */
export const OPEN_GROUP: GroupSafety = { state: 'open', categories: [], since: 0, helpVisible: false };
