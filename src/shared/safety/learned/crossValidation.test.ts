// Prints the learned backstop's grouped cross-validation table, computed now from the evaluation
// sets (out-of-fold only), and holds the false-routing budget the committed threshold was chosen under.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assessCrisisByRules } from '../assessCrisis';
import { BLIND_FIRST_RUN_MISSES } from './blindFirstRunMisses';
import { crossValidate, cvRows, formatCvTable, FOLDS, MAX_FALSE_ROUTING } from './crossValidation';
import { EVAL_FILES, parseLabelledMessages, roundOf } from './evalSet';
import { featuresOf } from './features';
import { LEARNED_THRESHOLD } from './learnedCrisis';
import { trainLogistic } from './logisticRegression';

const evalDir = join(dirname(fileURLToPath(import.meta.url)), '../eval');
const messages = EVAL_FILES.flatMap((file) => parseLabelledMessages(readFileSync(join(evalDir, file), 'utf8')));
const cv = crossValidate(messages, (m) => assessCrisisByRules(m.text, m.recent ? { recent: m.recent } : {}), BLIND_FIRST_RUN_MISSES);
const committed = cvRows(cv.scored, LEARNED_THRESHOLD, BLIND_FIRST_RUN_MISSES);
const valueOf = (rows: typeof committed, label: string): number => rows.find((r) => r.label === label)?.combined ?? Number.NaN;

describe('learned crisis backstop, cross-validated', () => {
  it('puts every message in exactly one fold', () => {
    const rounds = FOLDS.flat();
    expect(new Set(rounds).size).toBe(rounds.length);
    for (const m of messages) expect(rounds, m.id).toContain(roundOf(m.id));
    expect(cv.scored.length).toBe(messages.length);
  });

  it('prints the table at the out-of-fold threshold and at the committed one', () => {
    process.stdout.write(`\n${formatCvTable(cv)}\n\n${formatCvTable({ ...cv, threshold: LEARNED_THRESHOLD, rows: committed })}\n`);
  });

  it('keeps held-out false routing of hard negatives and of all non-crisis messages within budget', () => {
    expect(LEARNED_THRESHOLD).toBeGreaterThanOrEqual(cv.threshold);
    expect(valueOf(committed, 'figure/topic/negation/everyday/past')).toBeLessThanOrEqual(MAX_FALSE_ROUTING);
    expect(valueOf(committed, 'all non-crisis messages')).toBeLessThanOrEqual(MAX_FALSE_ROUTING);
  });

  it('catches a share of the wording the rules missed on the blind first runs (held-out folds)', () => {
    expect(valueOf(committed, 'blind first-run rule misses (fresh wording)')).toBeGreaterThanOrEqual(0.15);
  });

  it('trains deterministically', () => {
    const sample = messages.slice(0, 200).map((m) => ({ features: featuresOf(m.text), label: m.level === 'crisis' ? (1 as const) : (0 as const) }));
    expect(trainLogistic(sample, { epochs: 50 })).toEqual(trainLogistic(sample, { epochs: 50 }));
  });
});
