// One plain line about a peer, for the member card and for prompts:
//   "Rosa M., 44, she/her — diagnosed 1 year ago; lives in a small town; working; dealing with tiredness at work"
// Built only from the persona's fields, so it works for stored personas too.
import type { Gender, GroupFormat, Language, LifeStage, Persona, Setting } from '@shared/domain';
import { conditionInSentence, fill } from './text';

/** How the summary is said: the group's language and format, and its condition (to mention a peer's different one). */
export interface SummaryOptions {
  readonly language?: Language;
  readonly format?: GroupFormat;
  /** The group's pack id: a peer whose condition differs (cross-condition, some facilitators) names theirs. */
  readonly groupPackId?: string | null;
}

const SETTING: Readonly<Record<Language, Record<Setting, string>>> = {
  en: { rural: 'lives in a small town', suburban: 'lives in the suburbs', urban: 'lives in a city' },
  es: { rural: 'vive en un pueblo', suburban: 'vive en las afueras', urban: 'vive en una ciudad' },
};

const STAGE: Readonly<Record<Language, Record<LifeStage, string>>> = {
  en: { student: 'student', 'young-adult': 'young adult', working: 'working', parent: 'parent', carer: 'carer', retired: 'retired' },
  es: { student: 'estudiante', 'young-adult': 'joven', working: 'trabaja', parent: 'con hijos', carer: 'cuidador{|a|e}', retired: 'jubilad{o|a|e}' },
};

/** "5 months ago", "1 year ago", "hace 12 años". */
export function sinceDiagnosis(years: number, language: Language): string {
  const months = Math.round(years * 12);
  if (months < 12) {
    const m = Math.max(1, months);
    return language === 'es' ? `hace ${m} ${m === 1 ? 'mes' : 'meses'}` : `${m} ${m === 1 ? 'month' : 'months'} ago`;
  }
  const y = Math.round(years);
  return language === 'es' ? `hace ${y} ${y === 1 ? 'año' : 'años'}` : `${y} ${y === 1 ? 'year' : 'years'} ago`;
}

/** The headline of a "Headline — detail" challenge, as it reads after "dealing with". */
export function challengeHeadline(challenge: string): string {
  const head = (challenge.split(' — ')[0] ?? challenge).replace(/[.\s]+$/, '');
  // Lower-case a leading capital only when it starts an ordinary word ("Tiredness", "A flare"), not an acronym ("HIV").
  return /^\p{Lu}(\p{Ll}|\s)/u.test(head) ? head.charAt(0).toLowerCase() + head.slice(1) : head;
}

function diagnosisPart(p: Persona, language: Language, format: GroupFormat | undefined, named: boolean): string {
  const when = sinceDiagnosis(p.yearsSinceDiagnosis, language);
  const cond = conditionInSentence(p.condition);
  const g: Gender = p.gender;
  if (format === 'carers' && p.role !== 'facilitator') {
    return language === 'es' ? `cuida de alguien con ${cond}, diagnosticado ${when}` : `cares for someone with ${cond}, diagnosed ${when}`;
  }
  if (named) return language === 'es' ? fill(`vive con ${cond}, diagnosticad{o|a|e} ${when}`, g) : `lives with ${cond}, diagnosed ${when}`;
  return language === 'es' ? fill(`diagnosticad{o|a|e} ${when}`, g) : `diagnosed ${when}`;
}

/** A one-line, plain description of a persona. */
export function cohortSummary(persona: Persona, options: SummaryOptions = {}): string {
  const language = options.language ?? 'en';
  const named = options.groupPackId !== undefined && persona.conditionPackId !== options.groupPackId;
  const parts = [
    diagnosisPart(persona, language, options.format, named),
    ...(persona.coOccurring ? [language === 'es' ? `también vive con ${persona.coOccurring.name}` : `also lives with ${persona.coOccurring.name}`] : []),
    SETTING[language][persona.setting],
    fill(STAGE[language][persona.lifeStage], persona.gender),
    `${language === 'es' ? 'ahora mismo' : 'dealing with'}${language === 'es' ? ': ' : ' '}${challengeHeadline(persona.currentChallenge)}`,
  ];
  return `${persona.name}, ${persona.age}, ${persona.pronouns} — ${parts.join('; ')}`;
}
