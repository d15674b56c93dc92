// The crisis assessment run on every user message before anything else happens: deterministic,
// offline and fast (well under 2 ms with four recent messages). The rules are the floor and the
// reasons (assessCrisisByRules.ts); the learned model reads the message as concepts in clauses
// with the user's recent messages and decides above that floor: crisis, uncertain (ask directly),
// or the rules' reading (crisisVerdict.ts). The learned model is loaded apart (loadSafety.ts); until
// it is installed the rules decide alone, and a distress that names a risk the facilitator can ask
// about gets the ask.
import { assessCrisisByRules } from './assessCrisisByRules';
import type { AssessCrisisOptions } from './crisisTypes';
import { ALL_RULES } from './crisisSignals';
import { combineVerdict, type CrisisVerdict } from './crisisVerdict';
import { askAboutFor } from './gateResponse';
import { learnedSafety } from './learnedSafety';

export { assessCrisisByRules, RECENT_WINDOW, CRISIS_WEIGHT } from './assessCrisisByRules';

/**
 * Assesses one user message, with the user's earlier messages (oldest first) for risk spread over
 * several. The verdict carries `uncertain` when the facilitator should ask directly.
 */
export function assessCrisis(text: string, options: AssessCrisisOptions = {}): CrisisVerdict {
  const rules = assessCrisisByRules(text, options);
  const learned = learnedSafety();
  if (!learned) return { ...rules, uncertain: rules.level === 'distress' && askAboutFor(rules.categories) !== undefined };
  const recent = options.recent ?? [];
  return combineVerdict(rules, learned.crisisProbabilities(text, recent), learned.crisisThresholds, learned.crisisEvidence(text, recent));
}

/**
 * Compiles every rule's regex and runs the parser and the model once (when loaded), so a real message never pays
 * for compiling them (the prefilter means a few sample texts would leave most rules uncompiled).
 */
export function warmUpCrisisAssessment(): void {
  for (const rule of ALL_RULES) {
    for (let i = 0; i < 3; i++) rule.pattern.test('i want to die tonight with all my pills 2 hours ago, no quiero vivir');
    rule.pattern.lastIndex = 0;
  }
  for (const text of ['I want to die', 'this flare is killing me', 'no quiero vivir', 'blood sugar is 40', 'my meter says HI and I keep throwing up']) {
    assessCrisis(text, { recent: ['I feel hopeless'] });
  }
}
