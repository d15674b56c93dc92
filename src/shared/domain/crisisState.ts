import { z } from 'zod';
import { Timestamp } from './ids';

/**
 * Remembered across groups and restarts: once a crisis was detected, a banner with help stays until
 * the user dismisses it. A fresh chat never resets it.
 */
export const CrisisState = z.object({
  active: z.boolean(),
  /** Categories seen (no message text is kept here). */
  categories: z.array(z.string()),
  detectedAt: Timestamp.optional(),
  dismissedAt: Timestamp.optional(),
});
export type CrisisState = z.infer<typeof CrisisState>;
