// The crisis assessment run on every user message before anything else happens: deterministic,
// offline and fast. A crisis signal routes at once; weak signs route when they add up across
// this message and the user's last few; distress gets a caring reply and visible resources.
// When in doubt between distress and crisis, the sums below lean to crisis.
import { findSignals, type MessageSignals, type Signal } from './crisisSignals';
import { CrisisCategory, type AssessCrisisOptions, type CrisisAssessment } from './crisisTypes';

/** How many earlier messages can add to the risk in this one. */
export const RECENT_WINDOW = 4;

/** Weak signs and details add up to crisis at this weight (a weak sign is 1, a detail or distress 0.5). */
export const CRISIS_WEIGHT = 1.5;

const CATEGORY_ORDER = CrisisCategory.options;

function sortCategories(categories: Iterable<CrisisCategory>): CrisisCategory[] {
  const set = new Set(categories);
  return CATEGORY_ORDER.filter((c) => set.has(c));
}

const ofStrength = (signals: readonly Signal[], ...strengths: Signal['strength'][]): Signal[] =>
  signals.filter((s) => strengths.includes(s.strength));

const categoriesIn = (signals: readonly Signal[]): CrisisCategory[] => sortCategories(signals.flatMap((s) => s.categories));

const overlaps = (a: Signal, b: Signal): boolean =>
  a.span !== undefined && b.span !== undefined && a.span[0] < b.span[1] && b.span[0] < a.span[1];

/** Signals found on different words: two rules matching the same phrase count once. */
function distinctWords(signals: readonly Signal[], alreadyCounted: readonly Signal[] = []): Signal[] {
  const kept: Signal[] = [];
  for (const s of signals) if (![...alreadyCounted, ...kept].some((k) => overlaps(k, s))) kept.push(s);
  return kept;
}

/** Details (signs) only count next to a weak sign or crisis of the same category, so "sweating" never pairs with "bye". */
function signWeight(signs: readonly Signal[], anchors: readonly Signal[]): number {
  const anchorCategories = new Set(anchors.flatMap((a) => a.categories));
  return signs.filter((s) => s.categories.some((c) => anchorCategories.has(c))).length * 0.5;
}

/** Assesses one user message, with the user's earlier messages (oldest first) for risk spread over several. */
export function assessCrisis(text: string, options: AssessCrisisOptions = {}): CrisisAssessment {
  const current = findSignals(text);
  const recent: MessageSignals[] = (options.recent ?? []).slice(-RECENT_WINDOW).map(findSignals);
  const cancelled = [...new Set(current.cancelled)];

  const crisis = ofStrength(current.signals, 'crisis');
  if (crisis.length > 0) {
    return {
      level: 'crisis',
      categories: categoriesIn(crisis),
      reasons: [...crisis.map((s) => s.id), ...cancelled],
    };
  }

  const weak = distinctWords(ofStrength(current.signals, 'weak'));
  const signs = distinctWords(ofStrength(current.signals, 'sign'), weak);
  const distress = ofStrength(current.signals, 'distress');
  const recentSignals = recent.flatMap((m) => m.signals);
  const recentAnchors = ofStrength(recentSignals, 'crisis', 'weak');
  const recentSigns = ofStrength(recentSignals, 'sign');
  const recentDistress = ofStrength(recentSignals, 'distress');
  const anchors = [...weak, ...recentAnchors];

  if (anchors.length > 0 && weak.length + signs.length + distress.length > 0) {
    const weight =
      weak.length +
      recentAnchors.length +
      signWeight([...signs, ...recentSigns], anchors) +
      Math.min(1, (distress.length + recentDistress.length) * 0.5);
    if (weight >= CRISIS_WEIGHT) {
      const fromCurrent = categoriesIn([...weak, ...signs]);
      const categories = fromCurrent.length > 0 ? fromCurrent : categoriesIn(recentAnchors);
      return {
        level: 'crisis',
        categories: categories.length > 0 ? categories : ['suicide'],
        reasons: [
          ...[...weak, ...signs, ...distress].map((s) => s.id),
          ...recentAnchors.map((s) => `recent:${s.id}`),
          `combined-weight:${Math.round(weight * 10)}`,
          ...cancelled,
        ],
      };
    }
  }

  if (weak.length > 0 || distress.length > 0) {
    return {
      level: 'distress',
      categories: categoriesIn(weak.length > 0 ? weak : distress),
      reasons: [...weak, ...distress, ...signs].map((s) => s.id).concat(cancelled),
    };
  }

  // A quiet message right after a crisis or a disclosure keeps resources in view.
  const recentRisk = recentSignals.filter((s) => s.categories.length > 0 && (s.strength === 'crisis' || s.strength === 'distress'));
  if (recentRisk.length > 0) {
    return {
      level: 'distress',
      categories: categoriesIn(recentRisk),
      reasons: [...recentRisk.map((s) => `recent:${s.id}`), ...cancelled],
    };
  }

  return { level: 'none', categories: [], reasons: cancelled };
}

/** Runs the rules once so the regex engine has compiled them before the first real message (the first call costs ~0.3 s). */
export function warmUpCrisisAssessment(): void {
  for (const text of ['I want to die', 'this flare is killing me', 'no quiero vivir', 'blood sugar is 40']) {
    assessCrisis(text, { recent: ['I feel hopeless'] });
  }
}
