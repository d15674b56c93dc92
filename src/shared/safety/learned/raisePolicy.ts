// When the learned backstop may raise the rules' verdict. The backstop is for wording the rules
// have never seen; where the rules recognised crisis words and explained them away (an idiom, an
// accident, a negation, a care-team decision, topic talk), they have seen it, and their reading stands.
import type { CrisisAssessment } from '../crisisTypes';

/** Reasons with a colon that are not cancellations: carried-over risk and summed weights. */
const NOT_A_CANCELLATION = /^(?:recent|combined-weight|learned):/;

/** Whether the rules cancelled crisis words in this message ("idiom:…", "accident:…", "negated:…"). */
export function rulesExplainedAway(assessment: CrisisAssessment): boolean {
  return assessment.reasons.some((r) => r.includes(':') && !NOT_A_CANCELLATION.test(r));
}

/** Whether the backstop may raise this verdict: not already a crisis, and nothing explained away. */
export function mayRaise(assessment: CrisisAssessment): boolean {
  return assessment.level !== 'crisis' && !rulesExplainedAway(assessment);
}

/** Which messages the backstop learns from: 1 = suicidal crisis (what it raises to), 0 = distress or none; other crises are left out. */
export function trainingLabel(level: CrisisAssessment['level'], categories: readonly string[]): 0 | 1 | null {
  if (level !== 'crisis') return 0;
  return categories.includes('suicide') ? 1 : null;
}
