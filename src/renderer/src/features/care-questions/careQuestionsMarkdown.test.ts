import { describe, expect, it } from 'vitest';
import type { CareQuestion } from '@shared/domain';
import { careQuestionsFileName, renderCareQuestionsMarkdown } from './careQuestionsMarkdown';

const labels = { title: 'For my next appointment', date: '3 December 2026', open: 'To ask', asked: 'Asked', answer: 'What they said', none: 'Nothing yet.' };
const q = (id: string, text: string, extra: Partial<CareQuestion> = {}): CareQuestion => ({ id, text, position: 1, origin: 'typed', status: 'open', createdAt: 1, updatedAt: 1, ...extra });

describe('care questions as Markdown', () => {
  it('numbers open questions in order, then lists asked ones with their notes', () => {
    const md = renderCareQuestionsMarkdown(
      [q('a', 'Should I double my dose of metformin?'), q('b', 'Is the tiredness from the pills?', { status: 'asked', answerNote: 'Maybe; blood test in May.' }), q('c', 'Can I drink alcohol?')],
      labels,
    );
    expect(md).toBe(
      [
        '# For my next appointment',
        '',
        '3 December 2026',
        '',
        '## To ask',
        '',
        '1. Should I double my dose of metformin?',
        '2. Can I drink alcohol?',
        '',
        '## Asked',
        '',
        '- Is the tiredness from the pills?',
        '  - What they said: Maybe; blood test in May.',
        '',
      ].join('\n'),
    );
  });

  it('keeps the person’s words on one line and unable to become Markdown structure', () => {
    const md = renderCareQuestionsMarkdown([q('a', '# big\n\n- item <b>x</b> [link](y)')], labels);
    expect(md).toContain('1. \\# big - item \\<b\\>x\\</b\\> \\[link\\](y)');
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toEqual(['# For my next appointment', '## To ask']);
  });

  it('says so when nothing is left to ask, and leaves out an empty Asked section', () => {
    const md = renderCareQuestionsMarkdown([], labels);
    expect(md).toContain('## To ask\n\nNothing yet.\n');
    expect(md).not.toContain('## Asked');
  });

  it('names the file by local date only', () => {
    expect(careQuestionsFileName(new Date(2026, 11, 3, 23, 59))).toBe('questions-2026-12-03.md');
    expect(careQuestionsFileName(new Date(2027, 0, 9))).toBe('questions-2027-01-09.md');
  });
});
