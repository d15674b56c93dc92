// The in-repo author sets and today's floors for the committed classifiers on them. These are
// regression guards, not evidence of generalisation: the committed models were trained on every
// in-repo author, and the rules were tuned on team-1 and blind-2..4. The honest figures are the
// cross-validated ones (crossValidation.guard.test.ts, `npm run --silent safety:eval`) and the
// first runs recorded in README.md.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstRun } from '@scripts/safety-eval';
import { IN_REPO_AUTHORS, readAuthors } from '@scripts/safety-authors';
import { formatRows, headlineRows } from './measures';

/** Every author set that must be in the repo; a missing or empty file fails. */
export const REQUIRED_AUTHORS = ['team-1', 'blind-2', 'blind-3', 'blind-4', 'a1', 'a2', 'a4', 'a5', 'a6', 'a8', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 's1', 'a3', 'a7', 'a9', 'a10', 's2', 'c1', 'c2', 'c3', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8', 'd9', 'd10', 'd11'] as const;

/** Authors who wrote user messages only (s1, s2: short everyday and short crisis messages). */
const USER_ONLY: ReadonlySet<string> = new Set(['s1', 's2']);

describe('in-repo author sets', () => {
  it.each(REQUIRED_AUTHORS)('%s has a non-empty user.jsonl (and peer.jsonl unless user-only)', (author) => {
    for (const file of USER_ONLY.has(author) ? ['user.jsonl'] : ['user.jsonl', 'peer.jsonl']) {
      const path = join(IN_REPO_AUTHORS, author, file);
      expect(existsSync(path), path).toBe(true);
      expect(readFileSync(path, 'utf8').trim().length, path).toBeGreaterThan(0);
    }
  });

  it('parses every line with its author', () => {
    for (const set of readAuthors(IN_REPO_AUTHORS)) {
      for (const line of [...set.users, ...set.peers]) expect(line.author).toBe(set.author);
    }
  });
});

const authors = readAuthors(IN_REPO_AUTHORS);
const byAuthor = new Map(authors.map((a) => [a.author, firstRun([a])]));

/**
 * Regression guards: today's figures of the committed classifiers on each in-repo author, rounded
 * down by 0.05 (rates that must stay low: rounded up). [crisis recall, panel or ask, advice recall]
 * floors and [non-crisis to panel, non-crisis to ask, acceptable held] ceilings.
 */
const FLOORS: Readonly<Record<(typeof REQUIRED_AUTHORS)[number], readonly [number, number, number, number, number, number]>> = {
  'team-1': [0.9, 0.9, 0.95, 0.05, 0.1, 0.05],
  'blind-2': [0.95, 0.95, 0.95, 0.05, 0.1, 0.05],
  'blind-3': [0.95, 0.95, 0.95, 0.05, 0.05, 0.05],
  'blind-4': [0.95, 0.95, 0.95, 0.05, 0.05, 0.05],
  a1: [0.9, 0.95, 0.9, 0.05, 0.1, 0.1],
  a2: [0.9, 0.95, 0.95, 0.05, 0.15, 0.1],
  a4: [0.95, 0.95, 0.9, 0.05, 0.15, 0.05],
  a5: [0.85, 0.9, 0.9, 0.05, 0.1, 0.05],
  a6: [0.9, 0.9, 0.9, 0.05, 0.1, 0.05],
  a8: [0.9, 0.9, 0.9, 0.05, 0.1, 0.05],
  b1: [0.9, 0.9, 0.9, 0.05, 0.15, 0.05],
  b2: [0.9, 0.9, 0.8, 0.05, 0.1, 0.1],
  b3: [0.9, 0.9, 0.9, 0.05, 0.15, 0.05],
  b4: [0.9, 0.9, 0.9, 0.05, 0.15, 0.1],
  b5: [0.9, 0.95, 0.95, 0.05, 0.15, 0.1],
  b6: [0.9, 0.9, 0.9, 0.05, 0.15, 0.05],
  b7: [0.9, 0.9, 0.85, 0.1, 0.15, 0.05],
  b8: [0.85, 0.9, 0.85, 0.05, 0.15, 0.1],
  s1: [0.9, 0.9, 0, 0.05, 0.1, 0.05],
  a3: [0.9, 0.95, 0.9, 0.05, 0.1, 0.05],
  a7: [0.9, 0.95, 0.9, 0.05, 0.1, 0.05],
  a9: [0.9, 0.95, 0.9, 0.05, 0.15, 0.1],
  a10: [0.9, 0.9, 0.9, 0.05, 0.1, 0.05],
  s2: [0.9, 0.9, 0, 0.05, 0.1, 0.05],
  c1: [0.9, 0.95, 0.9, 0.05, 0.1, 0.1],
  c2: [0.9, 0.9, 0.9, 0.05, 0.15, 0.05],
  c3: [0.9, 0.9, 0.95, 0.05, 0.1, 0.05],
  d1: [0.9, 0.9, 0.9, 0.05, 0.15, 0.1],
  d2: [0.9, 0.95, 0.8, 0.05, 0.15, 0.1],
  d3: [0.85, 0.9, 0.85, 0.1, 0.1, 0.1],
  d4: [0.85, 0.9, 0.9, 0.05, 0.15, 0.1],
  d5: [0.9, 0.9, 0.9, 0.05, 0.15, 0.05],
  d6: [0.85, 0.9, 0.9, 0.05, 0.2, 0.05],
  d7: [0.9, 0.95, 0.85, 0.05, 0.1, 0.1],
  d8: [0.9, 0.95, 0.9, 0.05, 0.15, 0.1],
  d9: [0.9, 0.9, 0.9, 0.05, 0.15, 0.05],
  d10: [0.9, 0.9, 0.85, 0.05, 0.1, 0.1],
  d11: [0.9, 0.9, 0.8, 0.05, 0.15, 0.1],
};

describe('regression guards: the committed classifiers on the in-repo authors (fit, not generalisation)', () => {
  it('prints each author table', () => {
    const text = [...byAuthor].map(([author, r]) => formatRows(`\nCommitted classifiers on ${author} (trained on it: fit)`, headlineRows(r.users, r.peers)));
    process.stdout.write(`${text.join('\n')}\n`);
  });

  it.each(REQUIRED_AUTHORS)('%s stays at or above today\'s floors', (author) => {
    const result = byAuthor.get(author);
    expect(result, author).toBeDefined();
    if (!result) return;
    const value = (measure: string): number => headlineRows(result.users, result.peers).find((r) => r.measure === measure)?.value ?? Number.NaN;
    const crisisRecall = value('crisis recall');
    const panelOrAsk = value('crisis that got the panel or the ask');
    const adviceRecall = value('advice recall');
    const nonCrisisPanel = value('non-crisis sent to the panel');
    const nonCrisisAsk = value('non-crisis that got the ask');
    const acceptableHeld = value('acceptable peer sentences held');
    const [f1, f2, f3, c1, c2, c3] = FLOORS[author];
    expect(crisisRecall).toBeGreaterThanOrEqual(f1);
    expect(panelOrAsk).toBeGreaterThanOrEqual(f2);
    if (!USER_ONLY.has(author)) expect(adviceRecall).toBeGreaterThanOrEqual(f3);
    expect(nonCrisisPanel).toBeLessThanOrEqual(c1);
    expect(nonCrisisAsk).toBeLessThanOrEqual(c2);
    if (!USER_ONLY.has(author)) expect(acceptableHeld).toBeLessThanOrEqual(c3);
  });
});
