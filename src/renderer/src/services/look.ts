// How Hearth looks (theme, text size, motion, language) on <html>: resolved from the settings and the
// system's preferences, applied at start before the first frame and whenever the settings change.
import i18next from 'i18next';
import { languageFromLocale } from '../i18n';
import { rememberedLook, rememberLook, type LookSettings } from './lookCache';

/** What <html> should carry for a set of settings; `prefersDark` is the system's colour scheme. */
export interface AppliedLook {
  readonly theme: 'light' | 'dark';
  readonly textScale: string;
  /** 'reduced' forces no motion; 'full' lets animations run even when the system asks for less. */
  readonly motion: 'reduced' | 'full' | 'system';
  readonly language: 'en' | 'es';
}

/** Resolves settings against the system's preferences (pure, so it is tested without a DOM). */
export function lookFor(settings: LookSettings, system: { readonly prefersDark: boolean; readonly locale: string | undefined }): AppliedLook {
  return {
    theme: settings.theme === 'system' ? (system.prefersDark ? 'dark' : 'light') : settings.theme,
    textScale: `${settings.textSize}%`,
    motion: settings.reducedMotion === 'reduce' ? 'reduced' : settings.reducedMotion === 'allow' ? 'full' : 'system',
    language: settings.language ?? languageFromLocale(system.locale),
  };
}

/** Puts a look on the document root: theme tokens, text scale, motion and language. */
export function applyLook(look: AppliedLook, root: HTMLElement): void {
  root.dataset['theme'] = look.theme;
  root.style.setProperty('--text-scale', look.textScale);
  if (look.motion === 'system') delete root.dataset['motion'];
  else root.dataset['motion'] = look.motion;
  // "Allow movement" must win over the system's reduce-motion media query, which sets --duration to 0;
  // an inline custom property on <html> outranks that rule.
  if (look.motion === 'full') root.style.setProperty('--duration', '160ms');
  else root.style.removeProperty('--duration');
  root.lang = look.language;
  if (i18next.isInitialized && i18next.language !== look.language) void i18next.changeLanguage(look.language);
}

/** The media query for the system's dark scheme. */
export const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * The look before the database opens: the one remembered from the last start, against the system's
 * preferences now. Applied before the first frame is painted.
 */
export function startingLook(): AppliedLook {
  return lookFor(rememberedLook(), { prefersDark: window.matchMedia(DARK_QUERY).matches, locale: navigator.language });
}

/** Puts the saved settings' look on the document and remembers it for the next start's first frame. */
export function applySettings(settings: LookSettings, prefersDark = window.matchMedia(DARK_QUERY).matches): void {
  applyLook(lookFor(settings, { prefersDark, locale: navigator.language }), document.documentElement);
  rememberLook(settings);
}
