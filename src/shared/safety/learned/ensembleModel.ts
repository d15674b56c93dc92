// A shipped learned model: optionally a logistic regression over the sparse features
// (learned/multiHeadModel.ts), and hidden-layer networks over the same features hashed with
// character n-grams (learned/bagModel.ts), each from its own seed, averaged in log-odds. Networks
// from different seeds err differently on wording none of them saw; their average is steadier.
import { z } from 'zod';
import { BagModel, scoreBag, scoringBag, type ScoringBag } from './bagModel';
import { MultiHeadModel, scoreHeads, scoringModel, type ScoringModel } from './multiHeadModel';

/** The stored model: its members and the thresholds chosen out of fold. */
export const EnsembleModel = z.object({
  linear: MultiHeadModel.optional(),
  bags: z.array(BagModel).default([]),
  thresholds: z.record(z.string(), z.number().min(0).max(1)),
});
export type EnsembleModel = z.infer<typeof EnsembleModel>;

/** A model ready to score. */
export interface ScoringEnsemble {
  readonly linear?: ScoringModel;
  readonly bags: readonly ScoringBag[];
  readonly thresholds: Readonly<Record<string, number>>;
}

/** Prepares a stored model for scoring. */
export function scoringEnsemble(model: EnsembleModel): ScoringEnsemble {
  return {
    ...(model.linear ? { linear: scoringModel(model.linear) } : {}),
    bags: model.bags.map(scoringBag),
    thresholds: model.thresholds,
  };
}

const logit = (p: number): number => Math.log(Math.max(1e-7, p) / Math.max(1e-7, 1 - p));

/** Averages heads' probabilities in log-odds. */
export function averageInLogOdds(members: readonly Readonly<Record<string, number>>[]): Record<string, number> {
  const out: Record<string, number> = {};
  const heads = new Set(members.flatMap((m) => Object.keys(m)));
  for (const h of heads) {
    const present = members.filter((m) => m[h] !== undefined);
    const mean = present.reduce((s, m) => s + logit(m[h] ?? 0), 0) / Math.max(1, present.length);
    out[h] = 1 / (1 + Math.exp(-mean));
  }
  return out;
}

/**
 * Each head's probability: the linear member reads `features`, the networks read `features` and
 * `extra` (the character n-grams).
 */
export function scoreEnsemble(model: ScoringEnsemble, features: readonly string[], extra: readonly string[]): Record<string, number> {
  const members: Record<string, number>[] = [];
  if (model.linear) members.push(scoreHeads(model.linear, features));
  if (model.bags.length > 0) {
    const all = [...features, ...extra];
    for (const bag of model.bags) members.push(scoreBag(bag, all));
  }
  return averageInLogOdds(members);
}
