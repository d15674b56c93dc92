import { z } from 'zod';
import { Id, Timestamp } from './ids';
import { SupportFunction } from './persona';
import { MessageSafety } from './safetyMarks';

/** A source a reply cites: a knowledge-pack fact, shown as a link chip. */
export const Citation = z.object({
  /** The number the model used in the text, e.g. [2]. */
  marker: z.number().int().positive(),
  /** "<packId>/<factId>". */
  factKey: z.string(),
  title: z.string(),
  publisher: z.string(),
  url: z.url({ protocol: /^https$/ }),
  /** Facts from a pack the user imported, or from the MedlinePlus library, are marked as such wherever they are cited. */
  origin: z.enum(['bundled', 'imported', 'library']),
});
export type Citation = z.infer<typeof Citation>;

export const Author = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user') }),
  z.object({ kind: z.literal('member'), memberId: Id }),
  /** Hearth itself: reminders, notices. */
  z.object({ kind: z.literal('system') }),
]);
export type Author = z.infer<typeof Author>;

/** What a message is for, beyond ordinary chat. */
export const MessageKind = z.enum([
  'chat',
  'check-in',
  'close',
  'crisis-script',
  'distress-care',
  'advice-redirect',
  'medical-redirect',
  'correction',
  'ai-reminder',
  /** The facilitator's scripted direct question when risk is uncertain. */
  'ask',
  /** The facilitator's scripted words after the answer (thanks, a gentle second ask, help stays). */
  'ask-reply',
  /** The facilitator's scripted apology after "That's not what I meant". */
  'misread',
  /** A peer's scripted hello as the first session opens (never model-written, never a fact). */
  'hello',
]);
export type MessageKind = z.infer<typeof MessageKind>;

/**
 * `streaming`: sentences are still arriving; `interrupted`: the app closed or the model stopped
 * mid-reply (committed sentences are kept; Continue or Regenerate); `complete`; `stopped`: the user stopped it.
 */
export const MessageStatus = z.enum(['streaming', 'interrupted', 'complete', 'stopped']);
export type MessageStatus = z.infer<typeof MessageStatus>;

/** One message in a group. Text and citations are sensitive (encrypted at rest); the rest is not. */
export const Message = z.object({
  id: Id,
  groupId: Id,
  /** Order within the group, strictly increasing. */
  seq: z.number().int().nonnegative(),
  author: Author,
  kind: MessageKind,
  status: MessageStatus,
  /** The released text: sentences are appended as the guard releases them. */
  text: z.string(),
  sentenceCount: z.number().int().nonnegative(),
  citations: z.array(Citation),
  supportFunction: SupportFunction.optional(),
  /** The message this one answers, when a peer answers another peer. */
  replyTo: Id.optional(),
  /** Led to the crisis panel or to the direct question: never sent to a model again. */
  safety: MessageSafety.optional(),
  /** Came from an imported group file (re-checked on import). */
  imported: z.literal(true).optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Message = z.infer<typeof Message>;
