import type { CareQuestion } from '@shared/domain';

/** The export's words, in the interface language. */
export interface CareMarkdownLabels {
  readonly title: string;
  readonly date: string;
  readonly open: string;
  readonly asked: string;
  readonly answer: string;
  readonly none: string;
}

/** One line of Markdown: the person's words cannot start a heading, a list or a quote, or break the line. */
const inline = (text: string): string => text.replace(/\s+/g, ' ').replace(/([\\`*_[\]#<>|])/g, '\\$1').trim();

/** The list as Markdown to read or print: open questions numbered in the person's order, then asked ones with their notes. */
export function renderCareQuestionsMarkdown(questions: readonly CareQuestion[], labels: CareMarkdownLabels): string {
  const open = questions.filter((q) => q.status === 'open');
  const asked = questions.filter((q) => q.status === 'asked');
  const lines = [`# ${labels.title}`, '', labels.date, '', `## ${labels.open}`, ''];
  if (open.length) open.forEach((q, i) => lines.push(`${i + 1}. ${inline(q.text)}`));
  else lines.push(labels.none);
  if (asked.length) {
    lines.push('', `## ${labels.asked}`, '');
    for (const q of asked) {
      lines.push(`- ${inline(q.text)}`);
      if (q.answerNote) lines.push(`  - ${labels.answer}: ${inline(q.answerNote)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A neutral file name with the local date only ("questions-2026-12-03.md"): a file name shows in
 * download lists and recent files, so it says nothing about a condition or a group.
 */
export function careQuestionsFileName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `questions-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.md`;
}
