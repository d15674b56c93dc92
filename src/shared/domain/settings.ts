import { z } from 'zod';
import { Language } from './profile';

/** Appearance and behaviour settings; not sensitive. */
export const AppSettings = z.object({
  theme: z.enum(['system', 'light', 'dark']),
  /** Root text size in percent (100 = default). */
  textSize: z.number().int().min(80).max(200),
  reducedMotion: z.enum(['system', 'reduce', 'allow']),
  language: Language.optional(),
  notifications: z.boolean(),
  /** Minutes of inactivity before the app locks (only with a passphrase); 0 = never. */
  lockAfterMinutes: z.number().int().min(0).max(240),
});
export type AppSettings = z.infer<typeof AppSettings>;

export const defaultSettings: AppSettings = {
  theme: 'system',
  textSize: 100,
  reducedMotion: 'system',
  notifications: false,
  lockAfterMinutes: 15,
};
