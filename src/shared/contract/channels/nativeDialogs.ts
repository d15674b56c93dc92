import { z } from 'zod';

/** Main keeps the paths a person chose in a native dialog; the renderer only ever holds this token. */
export const ChosenToken = z.string().regex(/^[a-f0-9]{32}$/);

/** Words for the native dialog, in the person's language (main has no catalogue of its own). */
export const DialogWords = z
  .object({
    title: z.string().min(1).max(120),
    buttonLabel: z.string().min(1).max(40),
    filterName: z.string().min(1).max(60),
  })
  .strict();
export type DialogWords = z.infer<typeof DialogWords>;
