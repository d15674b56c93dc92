import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import es from './locales/es.json';

/** Languages the whole interface is written in. Peers are also asked to reply in the user's language. */
export const SUPPORTED_LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

type Catalogue = Record<string, unknown>;

// Each feature keeps its own catalogue file, locales/<lang>/<section>.json, whose keys live under
// "<section>." — so features never edit the same file. locales/<lang>.json holds the app-wide core.
const featureFiles = import.meta.glob<Catalogue>('./locales/*/*.json', { eager: true, import: 'default' });

/** The full catalogue of one language: the core file plus every feature file under its section name. */
export function catalogueFor(language: Language): Catalogue {
  const out: Catalogue = { ...(language === 'es' ? es : en) };
  for (const [path, content] of Object.entries(featureFiles)) {
    const match = /\.\/locales\/([a-z]+)\/([A-Za-z0-9-]+)\.json$/.exec(path);
    if (match?.[1] === language && match[2]) out[match[2]] = content;
  }
  return out;
}

/** Picks a supported language from a locale such as "es-MX"; English otherwise. */
export const languageFromLocale = (locale: string | undefined): Language =>
  locale?.toLowerCase().startsWith('es') ? 'es' : 'en';

/**
 * Starts i18next with the bundled catalogues (no network backend: the renderer has no network). With
 * the catalogues in memory it is ready when this returns, so the first frame can be rendered at once.
 */
export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: catalogueFor('en') }, es: { translation: catalogueFor('es') } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}
