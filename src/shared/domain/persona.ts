import { z } from 'zod';
import { Gender, LifeStage, Setting } from './profile';

/** The shape each member gives the group (shared/PRODUCT.md). */
export const Role = z.enum(['mirror', 'veteran', 'navigator', 'ally', 'specialist', 'facilitator']);
export type Role = z.infer<typeof Role>;

/** The four functions of peer support; every peer reply is planned to serve one. */
export const SupportFunction = z.enum(['informational', 'emotional', 'appraisal', 'instrumental']);
export type SupportFunction = z.infer<typeof SupportFunction>;

/** A treatment a persona has lived with, carrying the pack facts it comes from. */
export const LivedTreatment = z.object({
  treatmentId: z.string().max(80),
  name: z.string().max(160),
  /** Citation keys ("<packId>/<factId>") of the side effects this persona had. */
  sideEffectKeys: z.array(z.string()),
  /** Citation keys of self-management points this persona uses. */
  tipKeys: z.array(z.string()),
  purposeKey: z.string(),
});
export type LivedTreatment = z.infer<typeof LivedTreatment>;

export const Avatar = z.object({
  initials: z.string().min(1).max(3),
  /** Hue (0–359) of the avatar's background; lightness comes from the theme. */
  hue: z.number().int().min(0).max(359),
  /** A simple motif so avatars differ in more than colour. */
  motif: z.enum(['circle', 'leaf', 'wave', 'sun', 'star', 'drop']),
});
export type Avatar = z.infer<typeof Avatar>;

/** A synthetic group member. Always shown with an AI marker. Sensitive: encrypted at rest. */
export const Persona = z.object({
  id: z.string(),
  role: Role,
  name: z.string().min(1).max(40),
  age: z.number().int().min(13).max(100),
  gender: Gender,
  pronouns: z.string().max(20),
  /** e.g. "grew up in a Mexican-American family in Texas". */
  background: z.string().max(200),
  setting: Setting,
  lifeStage: LifeStage,
  /** Their condition (the group's, or another for cross-condition groups and the facilitator). */
  condition: z.string().max(120),
  conditionPackId: z.string().max(80).nullable(),
  yearsSinceDiagnosis: z.number().min(0).max(80),
  treatments: z.array(LivedTreatment),
  /** The Navigator's second condition (from the pack's co-occurring list). */
  coOccurring: z.object({ name: z.string().max(120), factKey: z.string().max(200) }).optional(),
  copingStyle: z.string().max(200),
  /** How they talk: short, plain notes for the prompt ("dry humour, short sentences"). */
  voice: z.string().max(200),
  currentChallenge: z.string().max(240),
  whatHelped: z.string().max(240),
  /** Pack facts this persona's lived experience draws on (citation keys). */
  factKeys: z.array(z.string()),
  avatar: Avatar,
});
export type Persona = z.infer<typeof Persona>;
