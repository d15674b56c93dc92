// Grouped k-fold cross-validation of the learned crisis backstop. Folds are whole writing rounds
// (see roundOf), so a message is always scored by a model that never saw its round: the closest
// thing the repo has to wording written by someone else. Every figure here is out-of-fold.
import type { CrisisAssessment } from '../crisisTypes';
import { featuresOf } from './features';
import { probability, trainLogistic, type TrainingOptions } from './logisticRegression';
import { roundOf, type LabelledMessage } from './evalSet';
import { mayRaise, trainingLabel } from './raisePolicy';

/** Writing rounds per fold, balanced by size (≈150–400 messages each). */
export const FOLDS: readonly (readonly string[])[] = [['u'], ['b2u'], ['b3u', 'r'], ['f', 'v', 'b4u'], ['t', 'i', 'l']];

/** The false-routing budget for hard negatives (figures of speech, topic talk, negation, everyday, past). */
export const MAX_FALSE_ROUTING = 0.05;

/** Hard negatives: non-crisis messages that use crisis words without meaning them, or everyday chat. */
export const isHardNegative = (m: LabelledMessage): boolean => m.level !== 'crisis' && /figure|topic|negation|everyday|past/.test(m.group);

/** Passive and indirect suicidal wording (the rules' weak spot in every blind round). */
export const isPassiveSuicidal = (m: LabelledMessage): boolean =>
  m.level === 'crisis' && /suicide-passive|held-out(?:-\d)?-suicide$/.test(m.group);

/** One message's out-of-fold result: what the rules said, whether the model may raise it, and the held-out model's probability. */
export interface ScoredMessage {
  readonly message: LabelledMessage;
  readonly rulesCrisis: boolean;
  readonly raisable: boolean;
  readonly probability: number;
}

/** A row of the cross-validation table: the rate for rules alone, model alone and both together. */
export interface CvRow {
  readonly label: string;
  readonly n: number;
  readonly metric: 'crisis recall' | 'routed to crisis';
  readonly rules: number;
  readonly model: number;
  readonly combined: number;
}

/** The result of cross-validation: scored messages, the chosen threshold and the table. */
export interface CvResult {
  readonly scored: readonly ScoredMessage[];
  readonly threshold: number;
  readonly rows: readonly CvRow[];
}


/** Scores every message with a model trained on the other folds. */
export function scoreOutOfFold(
  messages: readonly LabelledMessage[],
  rulesVerdict: (m: LabelledMessage) => CrisisAssessment,
  options: TrainingOptions = {},
): ScoredMessage[] {
  const features = new Map(messages.map((m) => [m.id, featuresOf(m.text)]));
  const foldOf = (m: LabelledMessage): number => FOLDS.findIndex((rounds) => rounds.includes(roundOf(m.id)));
  const scored = new Map<string, ScoredMessage>();
  FOLDS.forEach((_, fold) => {
    const train = messages
      .filter((m) => foldOf(m) !== fold)
      .flatMap((m) => {
        const label = trainingLabel(m.level, m.categories);
        return label === null ? [] : [{ features: features.get(m.id) ?? [], label }];
      });
    const model = trainLogistic(train, options);
    for (const m of messages.filter((x) => foldOf(x) === fold)) {
      const verdict = rulesVerdict(m);
      scored.set(m.id, { message: m, rulesCrisis: verdict.level === 'crisis', raisable: mayRaise(verdict), probability: probability(model, features.get(m.id) ?? []) });
    }
  });
  return messages.map((m) => scored.get(m.id)).filter((s): s is ScoredMessage => s !== undefined);
}

/** Whether rules + backstop route this message at the threshold. */
const routes = (s: ScoredMessage, threshold: number): boolean => s.rulesCrisis || (s.raisable && s.probability >= threshold);

const rate = (hits: number, n: number): number => (n === 0 ? 0 : hits / n);

function row(label: string, items: readonly ScoredMessage[], threshold: number): CvRow {
  const positive = items.every((s) => s.message.level === 'crisis');
  const byModel = items.filter((s) => s.probability >= threshold).length;
  const byRules = items.filter((s) => s.rulesCrisis).length;
  const byBoth = items.filter((s) => routes(s, threshold)).length;
  return {
    label,
    n: items.length,
    metric: positive ? 'crisis recall' : 'routed to crisis',
    rules: rate(byRules, items.length),
    model: rate(byModel, items.length),
    combined: rate(byBoth, items.length),
  };
}

/** The lowest threshold (0.50–0.99) at which rules + model route at most MAX_FALSE_ROUTING of hard negatives and of all non-crisis messages. */
export function chooseThreshold(scored: readonly ScoredMessage[]): number {
  const hard = scored.filter((s) => isHardNegative(s.message));
  const negatives = scored.filter((s) => s.message.level !== 'crisis');
  const routed = (items: readonly ScoredMessage[], t: number): number => rate(items.filter((s) => routes(s, t)).length, items.length);
  for (let step = 50; step <= 99; step++) {
    const t = step / 100;
    if (routed(hard, t) <= MAX_FALSE_ROUTING && routed(negatives, t) <= MAX_FALSE_ROUTING) return t;
  }
  return 1;
}

/** The table at a threshold: recall where the rules matter most, false routing where it hurts most. */
export function cvRows(scored: readonly ScoredMessage[], threshold: number, firstRunMisses: ReadonlySet<string>): CvRow[] {
  const crisis = scored.filter((s) => s.message.level === 'crisis');
  const firstRun = crisis.filter((s) => firstRunMisses.has(s.message.id));
  return [
    row('all crisis messages', crisis, threshold),
    row('crisis messages today\'s rules miss', crisis.filter((s) => !s.rulesCrisis), threshold),
    // Today's rules were tuned on these; "rules" is what they scored on the blind first run (0), and
    // "both" is the model alone, since the first-run verdicts (and what they explained away) are not kept.
    { ...row('blind first-run rule misses (fresh wording)', firstRun, threshold), rules: 0, combined: row('', firstRun, threshold).model },
    row('category suicide', crisis.filter((s) => s.message.categories.includes('suicide')), threshold),
    row('passive and indirect suicidal wording', scored.filter((s) => isPassiveSuicidal(s.message)), threshold),
    row('crisis, not suicide (emergency, abuse…)', crisis.filter((s) => !s.message.categories.includes('suicide')), threshold),
    row('figure/topic/negation/everyday/past', scored.filter((s) => isHardNegative(s.message)), threshold),
    row('distress-labelled messages', scored.filter((s) => s.message.level === 'distress'), threshold),
    row('all non-crisis messages', scored.filter((s) => s.message.level !== 'crisis'), threshold),
  ];
}

/** Scores out of fold, picks the threshold, and builds the table. */
export function crossValidate(
  messages: readonly LabelledMessage[],
  rulesVerdict: (m: LabelledMessage) => CrisisAssessment,
  firstRunMisses: ReadonlySet<string>,
  options: TrainingOptions = {},
): CvResult {
  const scored = scoreOutOfFold(messages, rulesVerdict, options);
  const threshold = chooseThreshold(scored);
  return { scored, threshold, rows: cvRows(scored, threshold, firstRunMisses) };
}

/** The table as fixed-width text, for the script and the test to print. */
export function formatCvTable(result: CvResult): string {
  const head = `${'row'.padEnd(42)}${'n'.padStart(5)}  ${'metric'.padEnd(18)}${'rules'.padStart(7)}${'model'.padStart(7)}${'both'.padStart(7)}`;
  const lines = result.rows.map(
    (r) => `${r.label.padEnd(42)}${String(r.n).padStart(5)}  ${r.metric.padEnd(18)}${r.rules.toFixed(3).padStart(7)}${r.model.toFixed(3).padStart(7)}${r.combined.toFixed(3).padStart(7)}`,
  );
  return [`Learned crisis backstop, ${FOLDS.length}-fold CV by writing round, threshold ${result.threshold.toFixed(2)}`, head, ...lines].join('\n');
}
