// The learned advice model at run time: the probability that a peer sentence recommends, reassures
// about a risk, interprets results, diagnoses or puts off care, from the sentence read as concepts
// in clauses (concepts/adviceReading.ts), and the flag its concepts point to.
import type { AdviceFlag } from '../adviceGuard';
import { adviceFeatures, readSentence } from '../concepts/adviceReading';
import modelJson from './adviceModel.json';
import { charGrams } from '../concepts/charGrams';
import { EnsembleModel, scoreEnsemble, scoringEnsemble } from './ensembleModel';

const model = scoringEnsemble(EnsembleModel.parse(modelJson));

/** The committed threshold (chosen out of fold by author). */
export const ADVICE_THRESHOLD = model.thresholds.advice ?? 1;

/** The model's probability that a sentence (after `previous`) is advice. */
export function adviceProbability(sentence: string, previous?: string): number {
  return scoreEnsemble(model, adviceFeatures(sentence, previous), charGrams(sentence)).advice ?? 0;
}

/** Which flag a held sentence gets, from the concepts it holds. */
function flagFor(sentence: string): AdviceFlag {
  const plain = readSentence(sentence).plain;
  if (plain.has('lab') && (plain.has('number') || plain.has('result-word') || plain.has('means'))) return 'result-interpretation';
  if (plain.has('sounds-like') || (plain.has('diagnose') && plain.has('condition'))) return 'diagnosis';
  if (plain.has('delay') || plain.has('discourage')) return 'discourages-care';
  if (plain.has('reassure') || plain.has('harmless')) return 'unsafe-safety-claim';
  if (plain.has('dose') || plain.has('more-less')) return 'dose-instruction';
  if (plain.has('medicine') || plain.has('skip') || plain.has('stop') || plain.has('start') || plain.has('change')) return 'medication-change';
  if (plain.has('cure') || plain.has('supplement')) return 'unproven-cure';
  return 'disguised-advice';
}

/** Whether the model holds a sentence, and with which flag. */
export function learnedAdvice(sentence: string, previous?: string): { readonly held: boolean; readonly flag: AdviceFlag } {
  const held = adviceProbability(sentence, previous) >= ADVICE_THRESHOLD;
  return { held, flag: held ? flagFor(sentence) : 'disguised-advice' };
}
