// The learned models installed at once, for node (scripts, tests, the benchmark), where loading
// them with the module is free. The renderer never imports this file: it would put wink-nlp and the
// weights back into the first script; it calls loadSafety() instead.
import { LEARNED_MODELS } from './learned/learnedModels';
import { installLearnedSafety } from './learnedSafety';

/** Installs the learned models synchronously. */
export function loadSafetySync(): void {
  installLearnedSafety(LEARNED_MODELS);
}
