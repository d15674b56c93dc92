import type { TFunction } from 'i18next';
import type { MarkdownLabels } from '@shared/exchange';

const KEYS = ['disclosure', 'condition', 'exported', 'members', 'ai', 'you', 'hearth', 'conversation', 'interrupted', 'stopped', 'sources', 'importedSource', 'librarySource', 'nextSteps', 'unsourced'] as const;

/** Time since diagnosis as a person would say it: "about 5 months" under a year, whole years after. */
export function sinceDiagnosis(t: TFunction, years: number): string {
  const months = Math.round(years * 12);
  if (months < 12) return t('privacy.markdown.sinceDiagnosisMonths', { count: Math.max(1, months) });
  return t('privacy.markdown.sinceDiagnosisYears', { count: Math.round(years) });
}

/** The Markdown export's words in the interface language. */
export const markdownLabels = (t: TFunction): MarkdownLabels => ({
  ...(Object.fromEntries(KEYS.map((k) => [k, t(`privacy.markdown.${k}`)])) as Record<(typeof KEYS)[number], string>),
  sinceDiagnosis: (years) => sinceDiagnosis(t, years),
});
