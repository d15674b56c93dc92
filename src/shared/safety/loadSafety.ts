// Loads the learned half of the safety classifiers without blocking the first paint: the renderer
// calls loadSafety() right after it renders, the bundler puts learned/learnedModels.ts and all it
// imports (wink-nlp, its model, the weights) in a chunk of their own, and assessCrisis/checkAdvice
// use the models from the moment the promise resolves (the rules' verdicts before that).
import { warmUpAdviceGuard } from './adviceGuard';
import { warmUpCrisisAssessment } from './assessCrisis';
import { installLearnedSafety, learnedSafety } from './learnedSafety';

let loading: Promise<void> | null = null;

/** Loads and installs the learned models once, then compiles the rules and runs each path once; later calls share the first load. */
export function loadSafety(): Promise<void> {
  loading ??= import('./learned/learnedModels').then(
    ({ LEARNED_MODELS }) => {
      installLearnedSafety(LEARNED_MODELS);
      warmUpCrisisAssessment();
      warmUpAdviceGuard();
    },
    (error: unknown) => {
      // A chunk that failed to load can be asked for again by the next call.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Whether the learned models are installed (assessCrisis and checkAdvice then use them). */
export function safetyLoaded(): boolean {
  return learnedSafety() !== null;
}
