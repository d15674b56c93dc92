import type { CrisisCategory } from './crisisTypes';

/**
 * How much one matched rule says on its own:
 * - `crisis`: enough to route now;
 * - `weak`: a warning sign (a means, a goodbye, a time) that becomes crisis next to another sign,
 *   in this message or the user's recent ones;
 * - `sign`: a detail that means nothing alone (sweating, "bye everyone") but adds to a weak sign;
 * - `distress`: pain worth a caring reply and visible resources, not routing.
 */
export type RuleStrength = 'crisis' | 'weak' | 'sign' | 'distress';

/** One lexicon entry, matched against normalized text (see normalize.ts). */
export interface CrisisRule {
  /** Short rule name reported in reasons. */
  readonly id: string;
  readonly category: CrisisCategory | null;
  /** A second category the same words carry (a cluster of pill emoji: overdose and suicide). */
  readonly also?: CrisisCategory;
  readonly strength: RuleStrength;
  readonly pattern: RegExp;
  /** False when the words of the rule already carry the negation ("do not want to live"). */
  readonly negatable?: boolean;
  /** Generic nouns ("suicide", "overdose") that news, classes and questions also use: topic cues cancel them. */
  readonly topicSensitive?: boolean;
  /** Acute events ("chest pain") that past or resolved wording ("last year", "turned out") cancels. */
  readonly presentOnly?: boolean;
  /** Injuries that accident wording ("chopping onions", "on the oven") explains. */
  readonly accidentSensitive?: boolean;
  /** Treatment stops that a clinician's involvement ("my doctor", "we decided") explains. */
  readonly clinicianSensitive?: boolean;
  /** Past acts ("tried to", "used to") read as history rather than now when past-time words are near. */
  readonly historySensitive?: boolean;
  /** "Took all my pills" that as-directed wording ("like I should", "as prescribed", "on time") shows to be the usual dose. */
  readonly asDirectedSensitive?: boolean;
}

/** Builds a rule from a regex source: word-bounded, global (read it with matchAll), lowercase by normalization. */
export function rule(
  id: string,
  category: CrisisCategory | null,
  strength: RuleStrength,
  source: string,
  flags: Omit<CrisisRule, 'id' | 'category' | 'strength' | 'pattern'> = {},
): CrisisRule {
  return { id, category, strength, pattern: new RegExp(`\\b(?:${source})\\b`, 'g'), ...flags };
}
