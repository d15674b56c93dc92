// Leave-one-author-out cross-validation of the whole classifier (rules + learned models) over a set
// of authors: every line scored by models that never saw its author; thresholds chosen on the
// out-of-fold scores of the authors the rules were never tuned on (RULE_TUNED_AUTHORS: their
// figures are fit); the issue's table for those fresh authors, for all authors, and per author; and
// (for training) the models fitted on every author with those thresholds.
import { assessCrisisByRules } from '@shared/safety/assessCrisisByRules';
import { checkAdviceByRules } from '@shared/safety/adviceGuard';
import { adviceFeatures } from '@shared/safety/concepts/adviceReading';
import { charGrams } from '@shared/safety/concepts/charGrams';
import { crisisFeatures, modelReach } from '@shared/safety/concepts/crisisReading';
import { RULE_TUNED_AUTHORS, type AuthorSet, type PeerLine, type UserLine } from '@shared/safety/eval/authorSets';
import {
  adviceOutOfFold,
  chooseAdviceThreshold,
  chooseCrisisThresholds,
  CRISIS_BUDGETS,
  crisisOutOfFold,
  peerOutcomes,
  trainAdviceModel,
  trainCrisisModel,
  userOutcomes,
  type AdvicePipeline,
  type CrisisPipeline,
  type ScoredUser,
} from '@shared/safety/eval/crossValidation';
import { breakdownRows, formatRows, headlineRows, type MeasureRow } from '@shared/safety/eval/measures';
import type { EnsembleModel } from '@shared/safety/learned/ensembleModel';

const memo = <K, V>(f: (k: K) => V): ((k: K) => V) => {
  const m = new Map<K, V>();
  return (k) => {
    if (!m.has(k)) m.set(k, f(k));
    return m.get(k) as V;
  };
};

/** The shipped crisis pipeline: the rules as they are, and the concept features. */
export const CRISIS_PIPELINE: CrisisPipeline = {
  rules: memo((line: UserLine) => assessCrisisByRules(line.text, line.recent ? { recent: line.recent } : {})),
  features: memo((line: UserLine) => ({ features: crisisFeatures(line.text, line.recent ?? []), extra: charGrams(line.text) })),
  reach: memo((line: UserLine) => modelReach(line.text, line.recent ?? [])),
};

/** The shipped advice pipeline. */
export const ADVICE_PIPELINE: AdvicePipeline = {
  rulesHeld: memo((line: PeerLine) => checkAdviceByRules(line.text, line.previous ? { previous: line.previous } : {}).advice),
  features: memo((line: PeerLine) => ({ features: adviceFeatures(line.text, line.previous), extra: charGrams(line.text) })),
};

/** The cross-validated report. */
export interface CvReport {
  readonly text: string;
  /** The headline rows on the authors the rules were never tuned on (all authors when there are none). */
  readonly rows: readonly MeasureRow[];
  readonly freshAuthors: readonly string[];
  readonly thresholds: { readonly panel: number; readonly ask: number; readonly doubt: number; readonly advice: number };
  readonly curve: readonly AskCurvePoint[];
  /** Every user line scored out of fold (for analyses such as the evidence requirement's cost). */
  readonly scoredUsers: readonly ScoredUser[];
  readonly models?: Readonly<Record<string, EnsembleModel>>;
}

/** One point of the ask curve: the ask budget the thresholds were chosen under, and what a fresh author then saw. */
export interface AskCurvePoint {
  readonly askBudget: number;
  readonly nonCrisisAsk: number;
  readonly nonCrisisPanel: number;
  readonly crisisRecall: number;
  readonly panelOrAsk: number;
}

/** Ask budgets the curve is drawn at (share of non-crisis lines that get the ask, thresholds chosen on the other fresh authors). */
export const ASK_CURVE_BUDGETS = [0.05, 0.085, 0.15, 0.2, 0.3] as const;

/**
 * The trade-off between asking and catching, out of fold and nested: for each ask budget (the
 * panel budget fixed), each fresh author is judged at thresholds chosen on the other fresh authors.
 */
export function askCurve(scored: readonly ScoredUser[], fresh: ReadonlySet<string>, budgets: readonly number[] = ASK_CURVE_BUDGETS): AskCurvePoint[] {
  return budgets.map((ask) => {
    const outcomes = [...fresh].flatMap((author) => {
      const t = chooseCrisisThresholds(scored.filter((s) => fresh.has(s.line.author) && s.line.author !== author), { ...CRISIS_BUDGETS, ask });
      return userOutcomes(scored.filter((s) => s.line.author === author), t);
    });
    const rows = headlineRows(outcomes, []);
    const v = (m: string): number => rows.find((r) => r.measure === m)?.value ?? Number.NaN;
    return { askBudget: ask, nonCrisisAsk: v('non-crisis that got the ask'), nonCrisisPanel: v('non-crisis sent to the panel'), crisisRecall: v('crisis recall'), panelOrAsk: v('crisis that got the panel or the ask') };
  });
}

const pct = (v: number): string => `${(v * 100).toFixed(1)} %`;

/** The curve as a table. */
export function formatCurve(curve: readonly AskCurvePoint[]): string {
  const lines = curve.map((p) => `${pct(p.askBudget).padStart(10)} ${pct(p.nonCrisisAsk).padStart(10)} ${pct(p.nonCrisisPanel).padStart(10)} ${p.crisisRecall.toFixed(3).padStart(8)} ${p.panelOrAsk.toFixed(3).padStart(12)}`);
  return ['ask budget  non-crisis: ask   panel   crisis: recall  panel or ask', ...lines].join('\n');
}

/**
 * Cross-validates by author; with fitFinal, also fits each model on every author with the chosen
 * thresholds. Thresholds are nested: a fresh author's lines are judged at thresholds chosen on the
 * other fresh authors' out-of-fold scores, so no figure comes from a threshold its own author set.
 */
export function crossValidatedReport(authors: readonly AuthorSet[], options: { readonly fitFinal?: boolean; readonly folds?: number } = {}): CvReport {
  const freshNames = authors.map((a) => a.author).filter((a) => !RULE_TUNED_AUTHORS.has(a));
  const fresh = new Set(freshNames.length > 0 ? freshNames : authors.map((a) => a.author));
  const scoredUsers = crisisOutOfFold(authors, CRISIS_PIPELINE, options.folds);
  const scoredPeers = adviceOutOfFold(authors, ADVICE_PIPELINE, options.folds);
  const chooseFor = (excluded?: string): { panel: number; ask: number; doubt: number; advice: number } => {
    const keep = (author: string): boolean => fresh.has(author) && author !== excluded;
    const others = fresh.size > 1 || excluded === undefined ? keep : (author: string): boolean => author !== excluded;
    return {
      ...chooseCrisisThresholds(scoredUsers.filter((s) => others(s.line.author))),
      advice: chooseAdviceThreshold(scoredPeers.filter((s) => others(s.line.author))),
    };
  };
  const thresholds = chooseFor();
  const perAuthor = new Map(authors.map((a) => [a.author, fresh.has(a.author) ? chooseFor(a.author) : thresholds]));
  const users = authors.flatMap((a) => userOutcomes(scoredUsers.filter((s) => s.line.author === a.author), perAuthor.get(a.author) ?? thresholds));
  const peers = authors.flatMap((a) => peerOutcomes(scoredPeers.filter((s) => s.line.author === a.author), (perAuthor.get(a.author) ?? thresholds).advice));
  const freshUsers = users.filter((u) => fresh.has(u.line.author));
  const freshPeers = peers.filter((p) => fresh.has(p.line.author));
  const rows = headlineRows(freshUsers, freshPeers);
  const freshList = [...fresh].join(', ');
  const curve = askCurve(scoredUsers, fresh);
  const sections = [
    `${options.folds ? `Cross-validation in ${options.folds} folds of whole authors` : 'Leave-one-author-out cross-validation'}, ${authors.length} authors; shipped thresholds ${JSON.stringify(thresholds)} (chosen on ${freshList}; each fresh author below is judged at thresholds chosen without it)`,
    formatRows(`\nAuthors the rules were never tuned on (${freshList}): the honest estimate`, [...rows, ...breakdownRows(freshUsers, freshPeers)]),
    `\nThe ask curve on the fresh authors (panel budget ${pct(CRISIS_BUDGETS.panel)}; each author judged at thresholds chosen without it):\n${formatCurve(curve)}`,
    formatRows('\nAll authors (the rules were tuned on team-1 and blind-2..4: those rows are fit)', headlineRows(users, peers)),
    ...authors.map((a) =>
      formatRows(
        `\nHeld-out author ${a.author}, thresholds ${JSON.stringify(perAuthor.get(a.author))}`,
        headlineRows(users.filter((u) => u.line.author === a.author), peers.filter((p) => p.line.author === a.author)),
      ),
    ),
  ];
  if (!options.fitFinal) return { text: sections.join('\n'), rows, freshAuthors: [...fresh], thresholds, curve, scoredUsers };
  const crisisModel = trainCrisisModel(authors.flatMap((a) => a.users), CRISIS_PIPELINE.features);
  const adviceModel = trainAdviceModel(authors.flatMap((a) => a.peers), ADVICE_PIPELINE.features);
  const { advice, ...crisisThresholds } = thresholds;
  return {
    text: sections.join('\n'),
    rows,
    freshAuthors: [...fresh],
    thresholds,
    curve,
    scoredUsers,
    models: {
      'crisisModel.json': { ...crisisModel, thresholds: crisisThresholds },
      'adviceModel.json': { ...adviceModel, thresholds: { advice } },
    },
  };
}
