// Trains the learned crisis backstop: prints the grouped cross-validation table first (the honest
// figures), then fits logistic regression on every labelled user message (suicidal crisis vs distress/none) and writes
// src/shared/safety/learned/crisisModel.json with the threshold chosen out of fold (then raised
// above the messages other tests pin, see pinnedMessages.ts).
// Deterministic: the same evaluation sets give the same file. Run: npx tsx scripts/train-crisis-model.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessCrisisByRules } from '../src/shared/safety/assessCrisis';
import type { CrisisAssessment } from '../src/shared/safety/crisisTypes';
import { crossValidate, cvRows, formatCvTable } from '../src/shared/safety/learned/crossValidation';
import { BLIND_FIRST_RUN_MISSES } from '../src/shared/safety/learned/blindFirstRunMisses';
import { EVAL_FILES, parseLabelledMessages, type LabelledMessage } from '../src/shared/safety/learned/evalSet';
import { featuresOf } from '../src/shared/safety/learned/features';
import { probability, trainLogistic } from '../src/shared/safety/learned/logisticRegression';
import { PINNED_NOT_RAISED } from '../src/shared/safety/learned/pinnedMessages';
import { trainingLabel } from '../src/shared/safety/learned/raisePolicy';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = join(root, 'src/shared/safety/eval');
const modelPath = join(root, 'src/shared/safety/learned/crisisModel.json');

const messages: LabelledMessage[] = EVAL_FILES.flatMap((file) => parseLabelledMessages(readFileSync(join(evalDir, file), 'utf8')));
const rulesVerdict = (m: LabelledMessage): CrisisAssessment => assessCrisisByRules(m.text, m.recent ? { recent: m.recent } : {});

const cv = crossValidate(messages, rulesVerdict, BLIND_FIRST_RUN_MISSES);
process.stdout.write(`${formatCvTable(cv)}\n`);

const model = trainLogistic(
  messages.flatMap((m) => {
    const label = trainingLabel(m.level, m.categories);
    return label === null ? [] : [{ features: featuresOf(m.text), label }];
  }),
);
// The threshold: the lowest that keeps held-out false routing within budget, raised just above the
// committed model's probability on the messages whose verdicts other tests pin.
const pinnedFloor = Math.max(0, ...PINNED_NOT_RAISED.map((t) => probability(model, featuresOf(t))));
const threshold = Math.max(cv.threshold, Math.floor(pinnedFloor * 100 + 1) / 100);
process.stdout.write(`\n${formatCvTable({ ...cv, threshold, rows: cvRows(cv.scored, threshold, BLIND_FIRST_RUN_MISSES) })}\n`);
const json = `${JSON.stringify({ ...model, threshold }, null, 0)}\n`;
writeFileSync(modelPath, json);
process.stdout.write(`wrote ${modelPath}: ${Object.keys(model.weights).length} weights, ${json.length} bytes, threshold ${threshold}\n`);
