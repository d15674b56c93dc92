import { z } from 'zod';
import { CountryCode } from '../knowledge/packSchema';

/** Languages the interface and the peers speak. */
export const Language = z.enum(['en', 'es']);
export type Language = z.infer<typeof Language>;

/** Where the user is with their condition right now (onboarding's second question; several may apply). */
export const Situation = z.enum([
  'just-diagnosed',
  'new-medication',
  'new-technology',
  'flare-or-complication',
  'life-change',
  'new-to-area',
  'carer',
  'hard-to-reach-appointments',
  'lost-trust-in-care',
]);
export type Situation = z.infer<typeof Situation>;

export const Gender = z.enum(['woman', 'man', 'nonbinary']);
export type Gender = z.infer<typeof Gender>;
export const Setting = z.enum(['rural', 'urban', 'suburban']);
export type Setting = z.infer<typeof Setting>;
export const LifeStage = z.enum(['student', 'young-adult', 'working', 'parent', 'carer', 'retired']);
export type LifeStage = z.infer<typeof LifeStage>;

/** Who the user would like in their group. Every field is optional: each question can be skipped. */
export const GroupPreferences = z.object({
  ageRange: z.object({ min: z.number().int().min(13).max(100), max: z.number().int().min(13).max(100) }).optional(),
  genders: z.array(Gender).optional(),
  /** Free words the user chose, e.g. "Black", "Latina", "LGBTQ+", "faith matters to me". */
  background: z.string().max(120).optional(),
  setting: Setting.optional(),
  lifeStage: LifeStage.optional(),
  /** "People like me": the user's own age and gender, when they chose to give them. */
  self: z.object({ age: z.number().int().min(13).max(110).optional(), gender: Gender.optional() }).optional(),
});
export type GroupPreferences = z.infer<typeof GroupPreferences>;

/** The user's profile. Sensitive: encrypted at rest when a passphrase is set, never logged. */
export const UserProfile = z.object({
  /** Knowledge-pack id, or null for a condition Hearth has no pack for. */
  conditionId: z.string().nullable(),
  /** What the user typed or chose, shown back to them. */
  conditionLabel: z.string().min(1).max(120),
  situations: z.array(Situation),
  preferences: GroupPreferences,
  country: CountryCode,
  language: Language,
});
export type UserProfile = z.infer<typeof UserProfile>;
