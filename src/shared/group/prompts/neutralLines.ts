// What later prompts show in place of a message that led to the crisis panel or to the direct
// question: the model learns that something was said and answered with care, never what.
import type { Language } from '@shared/domain';

const SUPPORT: Readonly<Record<Language, string>> = {
  en: '[shared something painful and was offered support]',
  es: '[compartió algo doloroso y recibió apoyo]',
};

const SET_ASIDE: Readonly<Record<Language, string>> = {
  en: '[wrote a message that was set aside]',
  es: '[escribió un mensaje que se dejó aparte]',
};

/** The neutral line for a marked message; a misread one is "set aside" rather than "painful". */
export const neutralLine = (language: Language, misread = false): string => (misread ? SET_ASIDE : SUPPORT)[language];
