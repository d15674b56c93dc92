// The safety module as the session uses it: crisis assessment of the person's messages, the advice
// guard on model-written sentences, and the facilitator's scripted words.
import { checkAdvice } from '@shared/safety/adviceGuard';
import { adviceRedirect } from '@shared/safety/adviceRedirect';
import { assessCrisis, assessCrisisByRules } from '@shared/safety/assessCrisis';
import { crisisScript, distressScript, leadCategory } from '@shared/safety/crisisScript';
import { CrisisCategory, knownCrisisCategories } from '@shared/safety/crisisTypes';
import { awaitSafety } from '@shared/safety/loadSafety';
import { withSecondOpinion, type GuardModel } from '@shared/safety/secondOpinion';
import type { SafetyPort } from './ports';

const categories = knownCrisisCategories;

/** Categories whose words in a model's sentence are unsafe around someone at risk. */
const UNSAFE_IN_REPLIES: ReadonlySet<CrisisCategory> = new Set(['suicide', 'self-harm', 'overdose']);

export const safetyPort: SafetyPort = {
  assess: (text, recent) => {
    // A classifier that knows its verdict is uncertain says so; the gate then asks rather than guesses.
    const a: { level: 'crisis' | 'distress' | 'none'; categories: readonly string[]; uncertain?: boolean } = assessCrisis(text, { recent: [...recent] });
    return { level: a.level, categories: a.categories, ...(a.uncertain !== undefined ? { uncertain: a.uncertain } : {}) };
  },
  // A message sent before the learned half is in waits for it, at most SAFETY_LOAD_WAIT_MS.
  ready: async () => {
    await awaitSafety();
  },
  adviceFlags: (sentence, previous) => checkAdvice(sentence, previous ? { previous } : {}).flags,
  // Model-written sentences are judged by the rules alone: the learned backstop was trained on what
  // people in distress write, and it reads the facilitator's own close ("one small step you'd like
  // to take before next time") as risk, which threw every model-written close away.
  isCrisisUnsafe: (sentence) => {
    const a = assessCrisisByRules(sentence);
    return a.level === 'crisis' && a.categories.some((c) => UNSAFE_IN_REPLIES.has(c));
  },
  crisisWords: (level, cats, language) =>
    level === 'distress' ? distressScript(language) : crisisScript(leadCategory(categories(cats)) ?? 'suicide', language),
  adviceRedirectWords: (language, seed) => adviceRedirect(language, seed),
};

/** The safety port with a guard model's second opinion on ambiguous messages (when one is installed). */
export function safetyPortWithGuard(guard: GuardModel): SafetyPort {
  return {
    ...safetyPort,
    secondOpinion: async (text, recent) => {
      const first = assessCrisis(text, { recent: [...recent] });
      const combined = await withSecondOpinion(text, first, guard);
      return { level: combined.level, categories: combined.categories };
    },
  };
}
