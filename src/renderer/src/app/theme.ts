import { useLiveQuery } from 'dexie-react-hooks';
import i18next from 'i18next';
import { useEffect, useState } from 'react';
import type { AppSettings } from '../../../shared/domain';
import { languageFromLocale } from '../i18n';
import { rememberedLook, rememberLook } from './lookCache';
import { useServices } from './ServicesContext';

/** What <html> should carry for a set of settings; `prefersDark` is the system's colour scheme. */
export interface AppliedLook {
  readonly theme: 'light' | 'dark';
  readonly textScale: string;
  /** 'reduced' forces no motion; 'full' lets animations run even when the system asks for less. */
  readonly motion: 'reduced' | 'full' | 'system';
  readonly language: 'en' | 'es';
}

/** Resolves settings against the system's preferences (pure, so it is tested without a DOM). */
export function lookFor(settings: AppSettings, system: { readonly prefersDark: boolean; readonly locale: string | undefined }): AppliedLook {
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

const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * The look before the database opens: the one remembered from the last start, against the system's
 * preferences now. Applied before the first frame is painted.
 */
export function startingLook(): AppliedLook {
  return lookFor(rememberedLook(), { prefersDark: window.matchMedia(DARK_QUERY).matches, locale: navigator.language });
}

/** Puts the saved settings' look on the document and remembers it for the next start's first frame. */
export function applySettings(settings: AppSettings, prefersDark = window.matchMedia(DARK_QUERY).matches): void {
  applyLook(lookFor(settings, { prefersDark, locale: navigator.language }), document.documentElement);
  rememberLook(settings);
}

/** Whether the system asks for a dark scheme, kept up to date. */
function usePrefersDark(): boolean {
  const [dark, setDark] = useState(() => window.matchMedia(DARK_QUERY).matches);
  useEffect(() => {
    const list = window.matchMedia(DARK_QUERY);
    const onChange = (e: MediaQueryListEvent) => setDark(e.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return dark;
}

/** Keeps <html> in step with the saved settings and the system's colour scheme. Mount once. */
export function useAppliedSettings(): void {
  const { repos } = useServices();
  const settings = useLiveQuery(() => repos.singletons.settings(), [repos]);
  const prefersDark = usePrefersDark();
  useEffect(() => {
    if (settings) applySettings(settings, prefersDark);
  }, [settings, prefersDark]);
}
