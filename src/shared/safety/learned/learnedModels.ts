// The learned half of the safety classifiers as one module: importing it pulls in wink-nlp, its
// English model, the concept lexicons and the trained weights. Only loadSafety (as a separate,
// lazily loaded chunk in the renderer) and loadSafetySync (node) import it.
import type { LearnedSafety } from '../learnedSafety';
import { learnedAdvice } from './learnedAdvice';
import { crisisEvidence } from '../concepts/crisisReading';
import { CRISIS_THRESHOLDS, crisisProbabilities } from './learnedCrisis';

/** The shipped learned models. */
export const LEARNED_MODELS: LearnedSafety = { crisisProbabilities, crisisEvidence, crisisThresholds: CRISIS_THRESHOLDS, learnedAdvice };
