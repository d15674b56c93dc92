// Tiny template filling for the trait banks. Two kinds of slot:
//   {name}           a variable, replaced from `vars` (left as-is when missing, so tests catch it);
//   {man|woman|nb}   gender agreement, e.g. "cansad{o|a|e}" or "{his|her|their}": three choices,
//                    in the order man, woman, nonbinary.
import type { Gender, Language } from '@shared/domain';

/** A bank entry written in both languages the peers speak. */
export interface Bilingual {
  readonly en: string;
  readonly es: string;
}

const GENDER_INDEX: Readonly<Record<Gender, number>> = { man: 0, woman: 1, nonbinary: 2 };

/** Fills a template's variables and gender slots. */
export function fill(template: string, gender: Gender, vars: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{([^{}]*)\}/g, (whole, body: string) => {
    if (body.includes('|')) {
      const choices = body.split('|');
      return choices[GENDER_INDEX[gender]] ?? choices[0] ?? '';
    }
    return vars[body] ?? whole;
  });
}

/** The entry's text in the language asked for, filled. */
export function say(entry: Bilingual, language: Language, gender: Gender, vars: Readonly<Record<string, string>> = {}): string {
  return fill(entry[language], gender, vars);
}

/** Upper-cases the first letter (after any opening punctuation). */
export function capitalise(text: string): string {
  return text.replace(/^([¿¡"'“]?)(\p{L})/u, (_m, lead: string, ch: string) => `${lead}${ch.toUpperCase()}`);
}

/**
 * A condition's name as it reads mid-sentence: "Type 1 diabetes" → "type 1 diabetes", "Lupus (systemic
 * lupus erythematosus)" → "lupus"; names that start with a proper noun or an acronym ("Crohn's disease",
 * "HIV", "COPD") keep their capitals.
 */
export function conditionInSentence(name: string): string {
  const short = name.replace(/\s*\(.*?\)\s*/g, ' ').trim();
  const first = short.split(/\s+/)[0] ?? '';
  const isAcronym = /^\p{Lu}{2}/u.test(first);
  const isPossessive = /['’]s$/.test(first);
  return isAcronym || isPossessive ? short : short.charAt(0).toLowerCase() + short.slice(1);
}

/** Makes a string fit a schema's length limit without cutting a word in half. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:—-]+$/, '')}…`;
}

/** A treatment's name as it reads mid-sentence: "Steroids (such as prednisolone)" → "steroids". */
export function treatmentInSentence(name: string): string {
  return conditionInSentence(name.replace(/^other\s+/i, ''));
}
