// Leave-one-author-out cross-validation: each author's lines are scored by models trained on every
// other author, so every figure is the kind a new author would see. The thresholds are chosen on
// those out-of-fold scores, and the training script commits them with the model fitted on all authors.
import type { CrisisAssessment } from '../crisisTypes';
import { combineVerdict, CRISIS_HEADS, type CrisisThresholds } from '../crisisVerdict';
import { decideResponse } from '../gateResponse';
import { trainMultiHead, scoreHeads, scoringModel, type MultiExample, type MultiHeadModel, type MultiTrainingOptions } from '../learned/multiHeadModel';
import type { AuthorSet, PeerLine, UserLine } from './authorSets';
import type { PeerOutcome, UserOutcome } from './measures';

/** A user line scored out of fold: the rules' verdict and the held-out model's head probabilities. */
export interface ScoredUser {
  readonly line: UserLine;
  readonly rules: CrisisAssessment;
  readonly probabilities: Readonly<Record<string, number>>;
}

/** A peer sentence scored out of fold: the rules' flag and the held-out model's probability of advice. */
export interface ScoredPeer {
  readonly line: PeerLine;
  readonly rulesHeld: boolean;
  readonly probability: number;
}

/** The crisis model's training labels for one line: any crisis, and each category of a crisis. */
export function crisisLabels(line: UserLine): Record<string, 0 | 1> {
  const crisis = line.level === 'crisis';
  const labels: Record<string, 0 | 1> = { crisis: crisis ? 1 : 0 };
  for (const head of CRISIS_HEADS) if (head !== 'crisis') labels[head] = crisis && line.categories.includes(head) ? 1 : 0;
  return labels;
}

/** What the crisis pipeline needs from its caller: the rules, and the features of a line. */
export interface CrisisPipeline {
  readonly rules: (line: UserLine) => CrisisAssessment;
  readonly features: (line: UserLine) => readonly string[];
  readonly training?: MultiTrainingOptions;
}

/** Trains the crisis model on these lines. */
export function trainCrisisModel(lines: readonly UserLine[], features: (line: UserLine) => readonly string[], training?: MultiTrainingOptions): MultiHeadModel {
  const examples: MultiExample[] = lines.map((line) => ({ features: features(line), labels: crisisLabels(line) }));
  return trainMultiHead(examples, CRISIS_HEADS, training);
}

/** Scores every author's user lines with a crisis model trained on the other authors. */
export function crisisOutOfFold(authors: readonly AuthorSet[], pipeline: CrisisPipeline): ScoredUser[] {
  const out: ScoredUser[] = [];
  for (const held of authors) {
    if (held.users.length === 0) continue;
    const train = authors.filter((a) => a.author !== held.author).flatMap((a) => a.users);
    const model = scoringModel(trainCrisisModel(train, pipeline.features, pipeline.training));
    for (const line of held.users) out.push({ line, rules: pipeline.rules(line), probabilities: scoreHeads(model, pipeline.features(line)) });
  }
  return out;
}

/** The outcomes of scored user lines at given thresholds. */
export function userOutcomes(scored: readonly ScoredUser[], thresholds: CrisisThresholds): UserOutcome[] {
  return scored.map((s) => {
    const verdict = combineVerdict(s.rules, s.probabilities, thresholds);
    return { line: s.line, verdict, response: decideResponse(verdict).response };
  });
}

/** Budgets the thresholds are chosen under, a little below the targets to leave room for a new author. */
export interface CrisisBudgets {
  /** Largest share of non-crisis lines sent to the panel. */
  readonly panel: number;
  /** Largest share of non-crisis lines that get the ask. */
  readonly ask: number;
  /** Largest drop in crisis recall (panel) the doubt threshold may cost. */
  readonly doubtCost: number;
}

/** Default budgets: non-crisis to the panel ≤ 2.5 % and to the ask ≤ 8.5 % (targets 3 % and 10 %); doubt may cost 5 points of crisis recall (those lines still get the ask). */
export const CRISIS_BUDGETS: CrisisBudgets = { panel: 0.025, ask: 0.085, doubtCost: 0.05 };

const shareOf = (outcomes: readonly UserOutcome[], pick: (o: UserOutcome) => boolean): number =>
  outcomes.filter(pick).length / Math.max(1, outcomes.length);

/**
 * Chooses the thresholds on out-of-fold scores: the highest doubt threshold (≤ 0.5) that costs at
 * most `doubtCost` of crisis recall, then the lowest panel threshold within the panel budget, then
 * the lowest ask threshold within the ask budget. Where the rules alone already exceed the panel
 * budget, the panel threshold stays at 0.99 and the model only asks.
 */
export function chooseCrisisThresholds(scored: readonly ScoredUser[], budgets: CrisisBudgets = CRISIS_BUDGETS): CrisisThresholds {
  const positives = scored.filter((s) => s.line.level === 'crisis');
  const negatives = scored.filter((s) => s.line.level !== 'crisis');
  const recall = (t: CrisisThresholds): number => shareOf(userOutcomes(positives, t), (o) => o.verdict.level === 'crisis');
  const never: CrisisThresholds = { panel: 1.01, ask: 1.01, doubt: 0 };
  const baseRecall = recall(never);
  let doubt = 0;
  for (let step = 50; step >= 5; step -= 5) {
    if (baseRecall - recall({ ...never, doubt: step / 100 }) <= budgets.doubtCost) {
      doubt = step / 100;
      break;
    }
  }
  let panel = 0.99;
  for (let step = 50; step <= 99; step++) {
    if (shareOf(userOutcomes(negatives, { panel: step / 100, ask: 1.01, doubt }), (o) => o.response === 'panel') <= budgets.panel) {
      panel = step / 100;
      break;
    }
  }
  let ask = panel;
  for (let step = 5; step <= Math.round(panel * 100); step++) {
    if (shareOf(userOutcomes(negatives, { panel, ask: step / 100, doubt }), (o) => o.response === 'ask') <= budgets.ask) {
      ask = step / 100;
      break;
    }
  }
  return { panel, ask, doubt };
}

/** The advice model's training label. */
export const adviceLabels = (line: PeerLine): Record<string, 0 | 1> => ({ advice: line.advice ? 1 : 0 });

/** What the advice pipeline needs from its caller. */
export interface AdvicePipeline {
  readonly rulesHeld: (line: PeerLine) => boolean;
  readonly features: (line: PeerLine) => readonly string[];
  readonly training?: MultiTrainingOptions;
}

/** Trains the advice model on these lines. */
export function trainAdviceModel(lines: readonly PeerLine[], features: (line: PeerLine) => readonly string[], training?: MultiTrainingOptions): MultiHeadModel {
  return trainMultiHead(lines.map((line) => ({ features: features(line), labels: adviceLabels(line) })), ['advice'], training);
}

/** Scores every author's peer sentences with an advice model trained on the other authors. */
export function adviceOutOfFold(authors: readonly AuthorSet[], pipeline: AdvicePipeline): ScoredPeer[] {
  const out: ScoredPeer[] = [];
  for (const held of authors) {
    if (held.peers.length === 0) continue;
    const train = authors.filter((a) => a.author !== held.author).flatMap((a) => a.peers);
    const model = scoringModel(trainAdviceModel(train, pipeline.features, pipeline.training));
    for (const line of held.peers) out.push({ line, rulesHeld: pipeline.rulesHeld(line), probability: scoreHeads(model, pipeline.features(line)).advice ?? 0 });
  }
  return out;
}

/** The outcomes of scored peer sentences at a threshold: held when the rules flag it or the model reaches the threshold. */
export function peerOutcomes(scored: readonly ScoredPeer[], threshold: number): PeerOutcome[] {
  return scored.map((s) => ({ line: s.line, held: s.rulesHeld || s.probability >= threshold }));
}

/** The lowest advice threshold that holds at most this share of acceptable sentences (default 2 %; target 3 %: a new author runs higher). */
export function chooseAdviceThreshold(scored: readonly ScoredPeer[], budget = 0.02): number {
  const acceptable = scored.filter((s) => !s.line.advice);
  for (let step = 30; step <= 99; step++) {
    const t = step / 100;
    const held = peerOutcomes(acceptable, t).filter((o) => o.held).length / Math.max(1, acceptable.length);
    if (held <= budget) return t;
  }
  return 0.99;
}
