// Leave-one-author-out cross-validation of the whole classifier (rules + learned models) over a set
// of authors: every line scored by models that never saw its author; thresholds chosen on the
// out-of-fold scores of the authors the rules were never tuned on (RULE_TUNED_AUTHORS: their
// figures are fit); the table for those fresh authors, for all authors, and per author; and
// (for training) the models fitted on every author with those thresholds.
import { assessCrisisByRules } from '../src/shared/safety/assessCrisisByRules';
import { checkAdviceByRules } from '../src/shared/safety/adviceGuard';
import { adviceFeatures } from '../src/shared/safety/concepts/adviceReading';
import { crisisFeatures } from '../src/shared/safety/concepts/crisisReading';
import { RULE_TUNED_AUTHORS, type AuthorSet, type PeerLine, type UserLine } from '../src/shared/safety/eval/authorSets';
import {
  adviceOutOfFold,
  chooseAdviceThreshold,
  chooseCrisisThresholds,
  crisisOutOfFold,
  peerOutcomes,
  trainAdviceModel,
  trainCrisisModel,
  userOutcomes,
  type AdvicePipeline,
  type CrisisPipeline,
} from '../src/shared/safety/eval/crossValidation';
import { breakdownRows, formatRows, headlineRows, type MeasureRow } from '../src/shared/safety/eval/measures';
import type { MultiHeadModel } from '../src/shared/safety/learned/multiHeadModel';

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
  features: memo((line: UserLine) => crisisFeatures(line.text, line.recent ?? [])),
};

/** The shipped advice pipeline. */
export const ADVICE_PIPELINE: AdvicePipeline = {
  rulesHeld: memo((line: PeerLine) => checkAdviceByRules(line.text, line.previous ? { previous: line.previous } : {}).advice),
  features: memo((line: PeerLine) => adviceFeatures(line.text, line.previous)),
};

/** The cross-validated report. */
export interface CvReport {
  readonly text: string;
  /** The headline rows on the authors the rules were never tuned on (all authors when there are none). */
  readonly rows: readonly MeasureRow[];
  readonly freshAuthors: readonly string[];
  readonly thresholds: { readonly panel: number; readonly ask: number; readonly doubt: number; readonly advice: number };
  readonly models?: Readonly<Record<string, MultiHeadModel>>;
}

/**
 * Cross-validates by author; with fitFinal, also fits each model on every author with the chosen
 * thresholds. Thresholds are nested: a fresh author's lines are judged at thresholds chosen on the
 * other fresh authors' out-of-fold scores, so no figure comes from a threshold its own author set.
 */
export function crossValidatedReport(authors: readonly AuthorSet[], options: { readonly fitFinal?: boolean } = {}): CvReport {
  const freshNames = authors.map((a) => a.author).filter((a) => !RULE_TUNED_AUTHORS.has(a));
  const fresh = new Set(freshNames.length > 0 ? freshNames : authors.map((a) => a.author));
  const scoredUsers = crisisOutOfFold(authors, CRISIS_PIPELINE);
  const scoredPeers = adviceOutOfFold(authors, ADVICE_PIPELINE);
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
  const sections = [
    `Leave-one-author-out cross-validation, ${authors.length} authors; shipped thresholds ${JSON.stringify(thresholds)} (chosen on ${freshList}; each fresh author below is judged at thresholds chosen without it)`,
    formatRows(`\nAuthors the rules were never tuned on (${freshList}): the honest estimate`, [...rows, ...breakdownRows(freshUsers, freshPeers)]),
    formatRows('\nAll authors (the rules were tuned on team-1 and blind-2..4: those rows are fit)', headlineRows(users, peers)),
    ...authors.map((a) =>
      formatRows(
        `\nHeld-out author ${a.author}, thresholds ${JSON.stringify(perAuthor.get(a.author))}`,
        headlineRows(users.filter((u) => u.line.author === a.author), peers.filter((p) => p.line.author === a.author)),
      ),
    ),
  ];
  if (!options.fitFinal) return { text: sections.join('\n'), rows, freshAuthors: [...fresh], thresholds };
  const crisisModel = trainCrisisModel(authors.flatMap((a) => a.users), CRISIS_PIPELINE.features);
  const adviceModel = trainAdviceModel(authors.flatMap((a) => a.peers), ADVICE_PIPELINE.features);
  const { advice, ...crisisThresholds } = thresholds;
  return {
    text: sections.join('\n'),
    rows,
    freshAuthors: [...fresh],
    thresholds,
    models: {
      'crisisModel.json': { ...crisisModel, thresholds: crisisThresholds },
      'adviceModel.json': { ...adviceModel, thresholds: { advice } },
    },
  };
}
