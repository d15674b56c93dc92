// The rules of the crisis assessment: the instant, explainable floor under the learned model
// (assessCrisis.ts). A crisis signal routes at once; weak signs route when they add up across this
// message and the user's last few; distress gets a caring reply and visible resources. The rule
// names are the verdict's reasons. When in doubt between distress and crisis, the sums lean to crisis.
import { findSignals, type MessageSignals, type Signal } from './crisisSignals';
import { normalizeCached } from './normalize';
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

/**
 * A message that carries on from a warning sign in the user's last few messages: a time ("ok so
 * tonight then"), a plan or readiness ("that's the plan", "i'm ready"), a goodbye, an "it" that
 * is over, or time passing after an ingestion ("it's been 40 minutes"). Alone it means nothing;
 * after a means, a wish to die or an overdose it is the next step, and counts as a detail of
 * that risk.
 */
const CONTINUATION =
  /\b(?:tonight|today|tomorrow|this weekend|soon|after (?:tonight|today)|by (?:morning|tomorrow)|plan|planned|ready|decided|do it|doing it|go through with it|bye|goodbye|farewell|over|over with|end it|it is time|time to go|(?:it has been|been|for) (?:about |like |almost |over |nearly )?(?:\d+|an?|one|two|three|twenty|thirty|forty|ten|fifteen) (?:min\w*|hours?|hrs?)|(?:\d+|an?) (?:min\w*|hours?) ago|getting (?:worse|sleepier|harder)|this is it|that is it|that is that|i guess|mean it|this time|for real|not joking|i promise|sorry for everything|(?:thank you|thanks) for everything|love you|forgive me|remember me|take care of|esta noche|hoy|manana|ahora|ya|lo hago|lo hare|adios|listo|lista|decidido)\b/;

/** A follow-up that says the person is safe or has reached help does not carry the risk on. */
const SAFE_NOW = /\b(?:i am (?:safe|ok|okay|alright|fine|feeling better)|i called|i rang|i texted|talked to|spoke to|speaking to|i am at (?:the )?(?:hospital|er|a and e)|i will not|i am not going to|i promise i will not|not going to do (?:it|anything))\b/;

/** Categories whose warning signs a continuation can carry forward. */
const CONTINUED_CATEGORIES = new Set<CrisisCategory>(['suicide', 'self-harm', 'overdose', 'harm-to-others', 'stopping-treatment']);

/** The rules alone on one user message, with the user's earlier messages (oldest first) for risk spread over several. */
export function assessCrisisByRules(text: string, options: AssessCrisisOptions = {}): CrisisAssessment {
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
  // A follow-up that carries the risk on from a recent message adds a detail of that risk.
  const carried = recentAnchors.filter((a) => a.categories.some((c) => CONTINUED_CATEGORIES.has(c)));
  if (carried.length > 0 && current.cancelled.every((c) => !c.startsWith('negated')) && CONTINUATION.test(normalizeCached(text)) && !SAFE_NOW.test(normalizeCached(text))) {
    signs.push({ id: 'continues-recent-risk', strength: 'sign', categories: categoriesIn(carried) });
  }

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
