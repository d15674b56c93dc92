// The model's triage of a user message: a second layer behind the deterministic gate, asked for a
// small JSON verdict (Ollama's `format`). It can only raise the gate's response, one step at a time
// (group → ask, ask → panel), so a model that misjudges can add a kind question but never open the
// panel on its own, and never quiet the rules. Anything unreadable counts as no answer.
import { z } from 'zod';
import { askAboutFor, type AskAbout, type GateResponse } from './gateResponse';
import type { CrisisCategory } from './crisisTypes';

/**
 * What the model is asked to say about one user message. Every field may be left out, and `{}` is
 * the usual answer: every token the model writes is time the person waits for the group (about a
 * tenth of a second each on a laptop), and a four-field object costs ten times what `{}` does.
 */
const TriageAnswer = z.object({
  /** none: no sign of danger; unclear: a possible sign; high: clear and present danger. */
  risk: z.enum(['none', 'unclear', 'high']).optional(),
  /** Something that may be a medical emergency happening now. */
  emergency: z.boolean().optional(),
  /** A question only the care team can answer (changing medicine or dose, results, diagnosis). */
  medical: z.boolean().optional(),
  /** First names of the members spoken to directly; absent or empty for the whole group. */
  addressed: z.array(z.string().max(60)).max(6).optional(),
});

/** The triage's reading, with what was left out filled in: no risk, no emergency, not medical, the whole group. */
export interface TriageVerdict {
  readonly risk: 'none' | 'unclear' | 'high';
  readonly emergency: boolean;
  readonly medical: boolean;
  readonly addressed: readonly string[];
}

/** The JSON schema sent as Ollama's `format`. */
export const TRIAGE_FORMAT: Record<string, unknown> = z.toJSONSchema(TriageAnswer) as Record<string, unknown>;

/** Reads the model's answer; undefined when it is not JSON of the right shape. */
export function parseTriage(content: string): TriageVerdict | undefined {
  try {
    const parsed = TriageAnswer.strict().safeParse(JSON.parse(content));
    if (!parsed.success) return undefined;
    const a = parsed.data;
    return { risk: a.risk ?? 'none', emergency: a.emergency ?? false, medical: a.medical ?? false, addressed: a.addressed ?? [] };
  } catch {
    return undefined;
  }
}

/** A gate decision as the triage may raise it. */
export interface RaisableDecision {
  readonly response: GateResponse;
  readonly askAbout?: AskAbout;
  readonly categories: readonly CrisisCategory[];
}

/** What the triage changed, if anything. */
export interface RaisedDecision extends RaisableDecision {
  readonly raised: boolean;
}

/**
 * Raises a decision by the triage's verdict, never lowers it: a possible risk or emergency turns
 * "group" into a question; while asking, clear danger (or an emergency, when that is what was
 * asked) opens the panel.
 */
export function raiseByTriage(decision: RaisableDecision, triage: TriageVerdict): RaisedDecision {
  const worried = triage.risk !== 'none' || triage.emergency;
  if (decision.response === 'group' && worried) {
    const askAbout: AskAbout = triage.emergency ? 'emergency' : (askAboutFor(decision.categories) ?? 'self-harm');
    const categories: CrisisCategory[] = [...decision.categories];
    if (triage.emergency && !categories.includes('medical-emergency')) categories.push('medical-emergency');
    if (!triage.emergency && categories.length === 0) categories.push('suicide');
    return { response: 'ask', askAbout, categories, raised: true };
  }
  if (decision.response === 'ask' && (triage.risk === 'high' || (triage.emergency && decision.askAbout !== 'self-harm'))) {
    return { ...decision, response: 'panel', raised: true };
  }
  return { ...decision, raised: false };
}
