// The learned crisis model at run time: per-head probabilities for a message read as concepts,
// clauses, words, character n-grams and the user's recent messages (concepts/crisisReading.ts,
// concepts/charGrams.ts), from the model the training script wrote (crisisModel.json: a linear
// model and a hidden-layer network averaged, learned/ensembleModel.ts; scripts/train-safety-models.ts).
import { charGrams } from '../concepts/charGrams';
import { crisisFeatures } from '../concepts/crisisReading';
import type { CrisisThresholds } from '../crisisVerdict';
import modelJson from './crisisModel.json';
import { EnsembleModel, scoreEnsemble, scoringEnsemble } from './ensembleModel';

const model = scoringEnsemble(EnsembleModel.parse(modelJson));

/** The committed thresholds (chosen out of fold by author). */
export const CRISIS_THRESHOLDS: CrisisThresholds = { panel: model.thresholds.panel ?? 1, ask: model.thresholds.ask ?? 1, doubt: model.thresholds.doubt ?? 0 };

/** Each head's probability for a message with the user's earlier messages (oldest first). */
export function crisisProbabilities(text: string, recent: readonly string[] = []): Record<string, number> {
  return scoreEnsemble(model, crisisFeatures(text, recent), charGrams(text));
}
