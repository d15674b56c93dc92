import { z } from 'zod';

/** How urgently a user message needs help: route now, respond with care, or carry on. */
export const CrisisLevel = z.enum(['crisis', 'distress', 'none']);
export type CrisisLevel = z.infer<typeof CrisisLevel>;

/** What kind of risk a message shows; the crisis panel picks lines and words by these. */
export const CrisisCategory = z.enum([
  'suicide',
  'self-harm',
  'overdose',
  'medical-emergency',
  'stopping-treatment',
  'harm-to-others',
  'abuse',
]);
export type CrisisCategory = z.infer<typeof CrisisCategory>;

/** The crisis categories among `list` (anything else, from a model or an imported file, is left out). */
export const knownCrisisCategories = (list: readonly string[]): CrisisCategory[] =>
  list.flatMap((c) => {
    const parsed = CrisisCategory.safeParse(c);
    return parsed.success ? [parsed.data] : [];
  });

/** The verdict on one user message. Reasons are rule names, never the user's words. */
export const CrisisAssessment = z.object({
  level: CrisisLevel,
  categories: z.array(CrisisCategory),
  reasons: z.array(z.string().regex(/^[a-z0-9:-]+$/)),
});
export type CrisisAssessment = z.infer<typeof CrisisAssessment>;

/** Options for assessCrisis: the user's earlier messages, oldest first, so risk spread over several is caught. */
export const AssessCrisisOptions = z.object({
  recent: z.array(z.string()).readonly().optional(),
});
export type AssessCrisisOptions = Readonly<z.infer<typeof AssessCrisisOptions>>;

const LEVEL_RANK: Readonly<Record<CrisisLevel, number>> = { none: 0, distress: 1, crisis: 2 };

/** The more urgent of two levels. */
export function maxLevel(a: CrisisLevel, b: CrisisLevel): CrisisLevel {
  return LEVEL_RANK[a] >= LEVEL_RANK[b] ? a : b;
}

/** Whether level a is more urgent than level b. */
export function isAbove(a: CrisisLevel, b: CrisisLevel): boolean {
  return LEVEL_RANK[a] > LEVEL_RANK[b];
}
