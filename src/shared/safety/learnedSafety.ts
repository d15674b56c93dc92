// Where the learned half of the safety classifiers plugs in. The rules (regular expressions over
// normalised text) are small and load with the app; the learned half (wink-nlp and its English
// model, the concept lexicons and the trained weights, about 1 MB gzip) is loaded apart, after the
// first paint, by loadSafety() (or at once in node by loadSafetySync()). Until it is installed,
// assessCrisis and checkAdvice give the rules' verdicts, with a crisis-shaped distress asked about.
import type { AdviceFlag } from './adviceGuard';
import type { CrisisThresholds } from './crisisVerdict';

/** What the learned models offer the verdicts. */
export interface LearnedSafety {
  /** Each crisis head's probability for a message with the user's earlier messages (oldest first). */
  readonly crisisProbabilities: (text: string, recent: readonly string[]) => Readonly<Record<string, number>>;
  /** Whether the message or its recent messages carry any risk-bearing concept (without one the model cannot raise the verdict). */
  readonly crisisEvidence: (text: string, recent: readonly string[]) => boolean;
  /** The thresholds chosen out of fold by author. */
  readonly crisisThresholds: CrisisThresholds;
  /** Whether the advice model holds a peer sentence (after `previous`), and with which flag. */
  readonly learnedAdvice: (sentence: string, previous?: string) => { readonly held: boolean; readonly flag: AdviceFlag };
}

let installed: LearnedSafety | null = null;

/** Installs the learned models (loadSafety and loadSafetySync call this). */
export function installLearnedSafety(learned: LearnedSafety): void {
  installed = learned;
}

/** The installed learned models, or null while they are still loading. */
export function learnedSafety(): LearnedSafety | null {
  return installed;
}
