import { z } from 'zod';

/** The generation marker's one row id. */
export const GENERATION_ID = 'marker';

/**
 * Written last into a new database generation, once it holds everything: its presence is what makes
 * a generation current. A generation without it is an interrupted move and is deleted at the next start.
 */
export const GenerationRow = z.object({
  id: z.literal(GENERATION_ID),
  number: z.number().int().positive(),
  complete: z.literal(true),
});
export type GenerationRow = z.infer<typeof GenerationRow>;
