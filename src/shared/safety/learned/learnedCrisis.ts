// The learned backstop for crisis wording the rules have never seen: a small logistic regression
// over words and word pairs (scripts/train-crisis-model.ts). It can only raise a verdict, never
// lower one, and its threshold was chosen out of fold so that rules + model route at most 5 % of
// figures of speech, topic talk, negation and everyday chat.
import type { CrisisAssessment } from '../crisisTypes';
import modelJson from './crisisModel.json';
import { featuresOf } from './features';
import { LogisticModel, probability } from './logisticRegression';
import { mayRaise } from './raisePolicy';

const model = LogisticModel.parse(modelJson);

/** The reason a verdict carries when the learned backstop raised it. */
export const LEARNED_REASON = 'learned:suicide-risk';

/** The learned model's probability that this message is a crisis (current message only). */
export function learnedCrisisProbability(text: string): number {
  return probability(model, featuresOf(text));
}

/** The threshold at or above which the backstop raises a message to crisis. */
export const LEARNED_THRESHOLD = model.threshold;

/**
 * Raises a none/distress verdict to a suicide crisis when the learned model is confident; a crisis,
 * or a verdict whose crisis words the rules explained away (idiom, accident, negation…), stays as it is.
 */
export function raiseWithLearned(assessment: CrisisAssessment, text: string): CrisisAssessment {
  if (!mayRaise(assessment) || learnedCrisisProbability(text) < model.threshold) return assessment;
  return { level: 'crisis', categories: ['suicide'], reasons: [...assessment.reasons, LEARNED_REASON] };
}
