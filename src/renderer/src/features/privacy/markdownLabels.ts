import type { TFunction } from 'i18next';
import type { MarkdownLabels } from '../../../../shared/exchange';

const KEYS = ['disclosure', 'condition', 'exported', 'members', 'ai', 'you', 'hearth', 'conversation', 'interrupted', 'stopped', 'sources', 'importedSource', 'librarySource', 'yearsSinceDiagnosis', 'nextSteps', 'unsourced'] as const;

/** The Markdown export's words in the interface language. */
export const markdownLabels = (t: TFunction): MarkdownLabels =>
  Object.fromEntries(KEYS.map((k) => [k, t(`privacy.markdown.${k}`)])) as unknown as MarkdownLabels;
