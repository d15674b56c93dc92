// Loads the learned half of the safety classifiers without blocking the first paint: the renderer
// calls loadSafety() right after it renders, the bundler puts learned/learnedModels.ts and all it
// imports (wink-nlp, its model, the weights) in a chunk of their own, and assessCrisis/checkAdvice
// use the models from the moment the promise resolves (the rules' verdicts before that).
import { warmUpAdviceGuard } from './adviceGuard';
import { warmUpCrisisAssessment } from './assessCrisis';
import { installLearnedSafety, learnedSafety } from './learnedSafety';

let loading: Promise<void> | null = null;
/** Whether this process ever asked for the learned half (node scripts and tests that use the rules alone never do). */
let requested = false;

/**
 * How long the gate waits for the learned half on a message sent before it is in (the renderer
 * starts the load after the first frame, so this only matters for a very fast first message or a
 * slow disk). Past it, the rules decide alone and a crisis-shaped distress gets the ask.
 */
export const SAFETY_LOAD_WAIT_MS = 3_000;

/** Loads and installs the learned models once, then compiles the rules and runs each path once; later calls share the first load. */
export function loadSafety(): Promise<void> {
  requested = true;
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

/**
 * Waits, at most `maxWaitMs`, for the learned half once it has been asked for (loadSafety), and
 * resolves whether it is in. A load that failed is asked for again. Where nothing asked for it, it
 * resolves at once: that process chose the rules alone (or loadSafetySync).
 */
export function awaitSafety(maxWaitMs: number = SAFETY_LOAD_WAIT_MS): Promise<boolean> {
  if (safetyLoaded()) return Promise.resolve(true);
  if (!requested) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(safetyLoaded()), maxWaitMs);
    loadSafety().then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}
