// The look (theme, text size, motion, language) remembered beside the app, so the frame painted
// before the database opens already wears it: a dark choice is dark from the first frame, a large
// text size does not jump, and the words are in the person's language. Appearance settings are not
// sensitive (the database keeps them unencrypted too); an erase clears them with the rest of
// localStorage.
import type { AppSettings } from '@shared/domain/settings';

const KEY = 'hearth.look';

/** The settings that decide how Hearth looks. */
export type LookSettings = Pick<AppSettings, 'theme' | 'textSize' | 'reducedMotion' | 'language'>;

/**
 * The look of the default settings (lookCache.test.ts holds them to `defaultSettings`), written out
 * here so that reading them does not run the settings schema before the first frame.
 */
export const LOOK_DEFAULTS: LookSettings = { theme: 'system', textSize: 100, reducedMotion: 'system' };

const THEMES: ReadonlySet<unknown> = new Set(['system', 'light', 'dark']);
const MOTIONS: ReadonlySet<unknown> = new Set(['system', 'reduce', 'allow']);
const LANGUAGES: ReadonlySet<unknown> = new Set(['en', 'es']);

/**
 * Whether a stored value is a look, by the same rules as the AppSettings schema (lookCache.test.ts
 * holds them to it). Checked by hand: this runs before the first frame, and zod would be the largest
 * part of what loads before it.
 */
export function isLookSettings(value: unknown): value is LookSettings {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    THEMES.has(v['theme']) &&
    MOTIONS.has(v['reducedMotion']) &&
    Number.isInteger(v['textSize']) &&
    (v['textSize'] as number) >= 80 &&
    (v['textSize'] as number) <= 200 &&
    (v['language'] === undefined || LANGUAGES.has(v['language']))
  );
}

/** The remembered look (the defaults' on a first start, or if storage is unreadable). */
export function rememberedLook(storage: Pick<Storage, 'getItem'> = localStorage): LookSettings {
  try {
    const stored: unknown = JSON.parse(storage.getItem(KEY) ?? 'null');
    if (!isLookSettings(stored)) return LOOK_DEFAULTS;
    const { theme, textSize, reducedMotion, language } = stored;
    return { theme, textSize, reducedMotion, ...(language ? { language } : {}) };
  } catch {
    return LOOK_DEFAULTS;
  }
}

/** Remembers the look of `settings` for the next start. */
export function rememberLook(settings: LookSettings, storage: Pick<Storage, 'setItem'> = localStorage): void {
  const { theme, textSize, reducedMotion, language } = settings;
  try {
    storage.setItem(KEY, JSON.stringify({ theme, textSize, reducedMotion, ...(language ? { language } : {}) }));
  } catch {
    // Storage full or disabled: the next start follows the system until the database has opened.
  }
}
