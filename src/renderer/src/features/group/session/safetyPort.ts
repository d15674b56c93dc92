import { checkAdvice } from '../../../../../shared/safety/adviceGuard';
import { adviceRedirect } from '../../../../../shared/safety/adviceRedirect';
import { assessCrisis } from '../../../../../shared/safety/assessCrisis';
import { crisisScript, distressScript, leadCategory } from '../../../../../shared/safety/crisisScript';
import { withSecondOpinion, type GuardModel } from '../../../../../shared/safety/secondOpinion';
import { CrisisCategory } from '../../../../../shared/safety/crisisTypes';
import type { SafetyPort } from './ports';

const categories = (list: readonly string[]): CrisisCategory[] => list.flatMap((c) => (CrisisCategory.safeParse(c).success ? [c as CrisisCategory] : []));

/**
 * The safety module as the session uses it: crisis assessment of user messages, the advice guard on
 * peer sentences (method talk around crisis counts as unsafe), and the facilitator's scripted words.
 */
export const safetyPort: SafetyPort = {
  assess: (text, recent) => {
    const a = assessCrisis(text, { recent: [...recent] });
    return { level: a.level, categories: a.categories };
  },
  adviceFlags: (sentence, previous) => checkAdvice(sentence, previous ? { previous } : {}).flags,
  isCrisisUnsafe: (sentence) => {
    const a = assessCrisis(sentence);
    return a.level === 'crisis' && a.categories.some((c) => c === 'suicide' || c === 'self-harm' || c === 'overdose');
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

