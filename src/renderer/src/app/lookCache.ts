// The look (theme, text size, motion, language) remembered beside the app, so the frame painted
// before the database opens already wears it: a dark choice is dark from the first frame, a large
// text size does not jump, and the words are in the person's language. Appearance settings are not
// sensitive (the database keeps them unencrypted too); an erase clears them with the rest of
// localStorage.
import type { z } from 'zod';
import { AppSettings, defaultSettings } from '../../../shared/domain';

const KEY = 'hearth.look';

/** The settings that decide how Hearth looks. */
export const LookSettings = AppSettings.pick({ theme: true, textSize: true, reducedMotion: true, language: true });
export type LookSettings = z.infer<typeof LookSettings>;

/** The remembered look on top of the defaults (the defaults alone on a first start, or if storage is unreadable). */
export function rememberedLook(storage: Pick<Storage, 'getItem'> = localStorage): AppSettings {
  try {
    const parsed = LookSettings.safeParse(JSON.parse(storage.getItem(KEY) ?? 'null'));
    return parsed.success ? { ...defaultSettings, ...parsed.data } : defaultSettings;
  } catch {
    return defaultSettings;
  }
}

/** Remembers the look of `settings` for the next start. */
export function rememberLook(settings: AppSettings, storage: Pick<Storage, 'setItem'> = localStorage): void {
  const { theme, textSize, reducedMotion, language } = settings;
  try {
    storage.setItem(KEY, JSON.stringify({ theme, textSize, reducedMotion, ...(language ? { language } : {}) }));
  } catch {
    // Storage full or disabled: the next start follows the system until the database has opened.
  }
}
