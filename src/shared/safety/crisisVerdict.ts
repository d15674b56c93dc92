// How the rules and the learned crisis model together reach one verdict. The rules are the instant,
// explainable floor: a crisis they see is a crisis, and their rule names are the verdict's reasons.
// Above that floor the learned model's probability that the message is a crisis decides: at or
// above the panel threshold the message is a crisis; between the ask and panel thresholds it is
// uncertain (the facilitator asks directly); below, the rules' reading stands. Where the rules see a
// crisis the model finds very unlikely (below the doubt threshold: "me quiero morir de lo rico que
// estaba el pan"), the two disagree, and the gate asks rather than opens the panel: the floor under
// a rule-recognised crisis is the ask, never the group. The model's probability is the strongest of
// its heads (crisisScore). The category heads
// say what kind of risk it is, so the panel and the question fit it. The thresholds were chosen out
// of fold by author (scripts/train-safety-models.ts). How far the model alone may raise a message
// depends on its risk-bearing evidence, in itself or its recent messages (concepts/crisisEvidence.ts):
// without any, a short message keeps the rules' reading (the network pools a short message's few
// features, and one strong word decided "my head hurts"), and a longer one can get at most the ask
// ("Has anyone here told their family…" scored p 0.995): doubt is what the ask is for, and the
// panel needs a risk the message or its context names.
import { CrisisCategory, type CrisisAssessment } from './crisisTypes';
import { askAboutFor } from './gateResponse';

/** Head names of the learned crisis model: "crisis" (any category) and one per category. */
export const CRISIS_HEADS = ['crisis', ...CrisisCategory.options] as const;

/** The thresholds the verdict uses. */
export interface CrisisThresholds {
  readonly panel: number;
  readonly ask: number;
  /** Below this probability a crisis the rules saw is asked about instead of opening the panel (0: never). */
  readonly doubt: number;
}

/** How high the learned model alone may raise a verdict: the panel, the ask, or not above the rules' reading. */
export type ModelReach = 'panel' | 'ask' | 'none';

/** A verdict with the uncertainty the gate asks about. */
export type CrisisVerdict = CrisisAssessment & { readonly uncertain: boolean };

/**
 * The model's crisis score: the strongest of the "any crisis" head and the category heads. A head
 * trained on one kind of risk is sometimes surer than the pooled head about wording of its kind
 * (cross-validated on fresh authors, eval/README.md: +1.6 points of crisis recall, +0.6 of panel or
 * ask, at the same false-alarm budgets); the thresholds are chosen on this score.
 */
export function crisisScore(probabilities: Readonly<Record<string, number>>): number {
  return Math.max(...CRISIS_HEADS.map((h) => probabilities[h] ?? 0));
}

/** A category head counts when it reaches this share of the strongest category head. */
const CATEGORY_SHARE = 0.5;

/** The categories the category heads point to, strongest first (at least the strongest one). */
export function learnedCategories(probabilities: Readonly<Record<string, number>>): CrisisCategory[] {
  const scored = CrisisCategory.options.map((c) => ({ c, p: probabilities[c] ?? 0 })).sort((a, b) => b.p - a.p);
  const top = scored[0]?.p ?? 0;
  return scored.filter((s, i) => i === 0 || (s.p >= top * CATEGORY_SHARE && s.p >= 0.2)).map((s) => s.c);
}

const ordered = (categories: Iterable<CrisisCategory>): CrisisCategory[] => {
  const set = new Set(categories);
  return CrisisCategory.options.filter((c) => set.has(c));
};

/**
 * Combines the rules' verdict with the learned model's head probabilities. `reach` (from the
 * message's risk-bearing evidence) caps what the model alone may do: open the panel, only ask, or
 * nothing above the rules' reading (it may still doubt a rule crisis at any reach).
 */
export function combineVerdict(rules: CrisisAssessment, probabilities: Readonly<Record<string, number>>, thresholds: CrisisThresholds, reach: ModelReach = 'panel'): CrisisVerdict {
  const p = crisisScore(probabilities);
  if (rules.level === 'crisis') {
    // A rule crisis the model doubts is asked about (every category has its question); never the group.
    if (p >= thresholds.doubt || askAboutFor(rules.categories) === undefined) return { ...rules, uncertain: false };
    return { level: 'distress', categories: rules.categories, reasons: [...rules.reasons, 'learned:doubt'], uncertain: true };
  }
  if (reach === 'none') return { ...rules, uncertain: false };
  const learned = learnedCategories(probabilities);
  if (p >= thresholds.panel && reach === 'panel') {
    return { level: 'crisis', categories: ordered([...learned, ...rules.categories]), reasons: [...rules.reasons, `learned:${learned[0] ?? 'suicide'}`], uncertain: false };
  }
  if (p >= thresholds.ask) {
    return { level: 'distress', categories: ordered([...rules.categories, ...learned]), reasons: [...rules.reasons, 'learned:uncertain'], uncertain: true };
  }
  return { ...rules, uncertain: false };
}
