import { z } from 'zod';
import { Id, Timestamp } from './ids';
import { Persona } from './persona';
import { GroupSafety } from './safetyMarks';

/** Group formats from the seeds. */
export const GroupFormat = z.enum(['condition', 'cross-condition', 'higher-education', 'newly-diagnosed', 'carers', 'buddy']);
export type GroupFormat = z.infer<typeof GroupFormat>;

/** Topics a session can be about. */
export const SessionTopic = z.enum([
  'open',
  'medical-disclosure',
  'unpredictability',
  'stigma',
  'treatment-burnout',
  'relationships',
  'self-advocacy',
  'work',
  'school',
  'new-medication',
]);
export type SessionTopic = z.infer<typeof SessionTopic>;

/** A group the user belongs to. Title and members are sensitive; ids and timestamps are not. */
export const Group = z.object({
  id: Id,
  title: z.string().min(1).max(80),
  format: GroupFormat,
  conditionId: z.string().nullable(),
  conditionLabel: z.string().max(120),
  /** Seed of the cohort factory: the same seed rebuilds the same people. */
  seed: z.number().int().nonnegative(),
  topic: SessionTopic,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Set when the user leaves the group; it stays readable but stops appearing in the active list. */
  leftAt: Timestamp.optional(),
  /** When the group has no knowledge pack, its facts are not sourced, and the UI says so. */
  unsourced: z.boolean(),
  /** Model and context length fixed for the group so Ollama's prompt cache survives. */
  model: z.string().optional(),
  numCtx: z.number().int().positive().optional(),
  /** The buddy's member id for one-to-one chats. */
  buddyMemberId: z.string().optional(),
  /** Story keys of this group's people, so the user's next groups never repeat a name and story. */
  storyKeys: z.array(z.string()).optional(),
  /** Paused after a crisis, or waiting for the answer to a direct question (absent: open). */
  safety: GroupSafety.optional(),
});
export type Group = z.infer<typeof Group>;

/** A member of a group: a persona plus per-group state. */
export const Member = z.object({
  id: Id,
  groupId: Id,
  persona: Persona,
  muted: z.boolean(),
  /** Order shown in the member list. */
  order: z.number().int().nonnegative(),
});
export type Member = z.infer<typeof Member>;
