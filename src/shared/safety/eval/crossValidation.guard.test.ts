// Regression guards on the honest figures: cross-validation of rules + learned models over the in-repo
// authors in six folds of whole authors (no author is ever in its own model's training), read on the
// authors the rules were never tuned on, each judged at thresholds chosen without it (≈ 5 min on this
// machine; leave-one-author-out over 38 authors, `npm run --silent safety:eval`, takes about 15). The
// floors are today's six-fold figures (0.773 / 2.5 % / 0.896 / 8.4 % / 0.878 / 2.4 %) moved 0.05 in
// the safe direction; they catch a change that makes the classifiers generalise worse. They are not
// the targets (see README.md and the printed table for how far those are).
import { describe, expect, it } from 'vitest';
import { IN_REPO_AUTHORS, readAuthors } from '@scripts/safety-authors';
import { crossValidatedReport } from '@scripts/safety-cv';

const report = crossValidatedReport(readAuthors(IN_REPO_AUTHORS), { folds: 6 });
const value = (measure: string): number => report.rows.find((r) => r.measure === measure)?.value ?? Number.NaN;

describe('regression guards: cross-validated by author, on authors the rules were never tuned on', () => {
  it('prints the table', () => {
    process.stdout.write(`\n${report.text}\n`);
    expect(report.freshAuthors.length).toBeGreaterThan(0);
  });

  it('keeps crisis recall, panel-or-ask and advice recall at or above today\'s floors', () => {
    expect(value('crisis recall')).toBeGreaterThanOrEqual(0.72);
    expect(value('crisis that got the panel or the ask')).toBeGreaterThanOrEqual(0.84);
    expect(value('advice recall')).toBeGreaterThanOrEqual(0.82);
  });

  it('keeps false routing and held acceptable sentences at or below today\'s ceilings', () => {
    expect(value('non-crisis sent to the panel')).toBeLessThanOrEqual(0.075);
    expect(value('non-crisis that got the ask')).toBeLessThanOrEqual(0.134);
    expect(value('acceptable peer sentences held')).toBeLessThanOrEqual(0.074);
  });
}, 900_000);
