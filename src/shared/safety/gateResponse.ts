// What the safety gate does with one user message, from the deterministic layers' verdict:
// open the crisis panel at once, ask directly (the uncertain middle), or let the group answer.
// The classifiers own how a verdict is reached; this file owns only the mapping to a response,
// so the session engine and `safety:classify` agree on it.
import { z } from 'zod';
import type { CrisisAssessment, CrisisCategory } from './crisisTypes';

/** panel: clear crisis, no model; ask: the facilitator asks directly in scripted words; group: carry on. */
export const GateResponse = z.enum(['panel', 'ask', 'group']);
export type GateResponse = z.infer<typeof GateResponse>;

/**
 * What the scripted question asks about: thoughts of ending their life or hurting themselves,
 * whether an overdose or emergency is happening, whether someone is hurting or threatening them
 * (abuse), or whether they are thinking of hurting someone else. Each is worded so that "yes" is
 * the answer that needs help.
 */
export const AskAbout = z.enum(['self-harm', 'overdose', 'emergency', 'abuse', 'harm-to-others']);
export type AskAbout = z.infer<typeof AskAbout>;

/** The gate's response to one verdict, with what to ask when it asks. */
export interface GateDecision {
  readonly response: GateResponse;
  readonly askAbout?: AskAbout;
}

const ASK_SELF: ReadonlySet<CrisisCategory> = new Set(['suicide', 'self-harm', 'stopping-treatment']);

/**
 * What to ask about for a set of categories: overdose and emergencies first (time matters), then
 * thoughts of self-harm, then someone hurting them, then hurting someone else. Undefined only for
 * no category at all.
 */
export function askAboutFor(categories: readonly CrisisCategory[]): AskAbout | undefined {
  if (categories.includes('overdose')) return 'overdose';
  if (categories.includes('medical-emergency')) return 'emergency';
  if (categories.some((c) => ASK_SELF.has(c))) return 'self-harm';
  if (categories.includes('abuse')) return 'abuse';
  if (categories.includes('harm-to-others')) return 'harm-to-others';
  return undefined;
}

/**
 * The response to a verdict: crisis → panel; an uncertain verdict whose categories can be asked
 * about → ask; anything else → group (distress still gets the facilitator's caring words).
 * A verdict may carry its own `uncertain` flag from the classifiers; without one, distress with a
 * category that can be asked about counts as uncertain.
 */
export function decideResponse(assessment: CrisisAssessment & { readonly uncertain?: boolean }): GateDecision {
  if (assessment.level === 'crisis') return { response: 'panel' };
  const askAbout = askAboutFor(assessment.categories);
  const uncertain = assessment.uncertain ?? assessment.level === 'distress';
  if (uncertain && askAbout) return { response: 'ask', askAbout };
  return { response: 'group' };
}
