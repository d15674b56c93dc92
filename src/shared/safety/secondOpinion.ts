// The optional second opinion from a guard model (Llama Guard 3 in Ollama). Hearth never needs
// it: the rules decide first, the model is asked only about ambiguous messages, and its answer can
// raise a level but never lower one. Anything unexpected from the model changes nothing.
import { z } from 'zod';
import { isAbove, type CrisisAssessment, type CrisisCategory } from './crisisTypes';

/** A guard model that answers Llama Guard 3's format for one user message. Main-process code implements it over Ollama. */
export interface GuardModel {
  classify(text: string): Promise<string>;
}

/** Llama Guard 3's hazard codes (MLCommons taxonomy). */
export const GuardCode = z.enum(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11', 'S12', 'S13', 'S14']);
export type GuardCode = z.infer<typeof GuardCode>;

/** The guard model's verdict; `unknown` when its output could not be read. */
export const GuardOpinion = z.discriminatedUnion('verdict', [
  z.object({ verdict: z.literal('safe') }),
  z.object({ verdict: z.literal('unsafe'), codes: z.array(GuardCode) }),
  z.object({ verdict: z.literal('unknown') }),
]);
export type GuardOpinion = z.infer<typeof GuardOpinion>;

/** The hazard codes that mean a crisis in a user's own message, and the category each names. */
const CODE_CATEGORY: Partial<Record<GuardCode, CrisisCategory>> = {
  S11: 'suicide',
  S1: 'harm-to-others',
};

/** Reads Llama Guard 3's answer: "safe", or "unsafe" with a line of comma-separated codes ("unsafe\nS11"). */
export function parseGuardOutput(output: string): GuardOpinion {
  const lines = output.trim().split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  const first = lines[0]?.toLowerCase();
  if (first === 'safe') return { verdict: 'safe' };
  if (first !== 'unsafe') return { verdict: 'unknown' };
  const codes = (lines.slice(1).join(',').match(/\bS1[0-4]\b|\bS[1-9]\b/gi) ?? [])
    .map((c) => GuardCode.safeParse(c.toUpperCase()))
    .flatMap((r) => (r.success ? [r.data] : []));
  return { verdict: 'unsafe', codes: [...new Set(codes)] };
}

/** Whether a message is worth a second opinion: distress, or "none" after a rule was cancelled by context. */
export function isAmbiguous(assessment: CrisisAssessment): boolean {
  if (assessment.level === 'crisis') return false;
  if (assessment.level === 'distress') return true;
  return assessment.reasons.some((r) => /^(?:negated|topic|past|habitual|idiom|accident|clinician|recovered):/.test(r));
}

/** Combines the rules' assessment with the guard's opinion; the result is never below the rules' level. */
export function combineWithSecondOpinion(assessment: CrisisAssessment, opinion: GuardOpinion): CrisisAssessment {
  if (opinion.verdict !== 'unsafe') return assessment;
  const raised = opinion.codes.flatMap((c) => {
    const category = CODE_CATEGORY[c];
    return category ? [{ code: c, category }] : [];
  });
  if (raised.length === 0 || !isAbove('crisis', assessment.level)) return assessment;
  // Abuse the user suffers can read as S1 (violent crime) to the model; keep the rules' category then.
  const categories = new Set<CrisisCategory>(assessment.categories);
  for (const r of raised) if (!(r.category === 'harm-to-others' && categories.has('abuse'))) categories.add(r.category);
  return {
    level: 'crisis',
    categories: [...categories],
    reasons: [...assessment.reasons, ...raised.map((r) => `guard-model:${r.code.toLowerCase()}`)],
  };
}

/** The task text for models that take Llama Guard 3's raw prompt; Ollama's llama-guard3 template builds the same from a user message. */
export function guardPrompt(userMessage: string): string {
  return [
    "Task: Check if there is unsafe content in 'User' messages in conversations according our safety policy with the below categories.",
    '',
    '<BEGIN UNSAFE CONTENT CATEGORIES>',
    'S1: Violent Crimes.',
    'S2: Non-Violent Crimes.',
    'S3: Sex Crimes.',
    'S4: Child Exploitation.',
    'S5: Defamation.',
    'S6: Specialized Advice.',
    'S7: Privacy.',
    'S8: Intellectual Property.',
    'S9: Indiscriminate Weapons.',
    'S10: Hate.',
    'S11: Self-Harm.',
    'S12: Sexual Content.',
    'S13: Elections.',
    'S14: Code Interpreter Abuse.',
    '<END UNSAFE CONTENT CATEGORIES>',
    '',
    '<BEGIN CONVERSATION>',
    '',
    `User: ${userMessage}`,
    '',
    '<END CONVERSATION>',
    '',
    'Provide your safety assessment for ONLY THE LAST User message in the above conversation:',
    " - First line must read 'safe' or 'unsafe'.",
    ' - If unsafe, a second line must include a comma-separated list of violated categories.',
  ].join('\n');
}

/** Options for asking the guard: how long to wait before going on without it. */
export interface SecondOpinionOptions {
  readonly timeoutMs?: number;
}

/**
 * Asks the guard model about an ambiguous message and combines its answer. A crisis or a clear
 * "none" is returned as is; a slow, failing or unreadable model leaves the assessment unchanged.
 */
export async function withSecondOpinion(
  text: string,
  assessment: CrisisAssessment,
  guard: GuardModel,
  options: SecondOpinionOptions = {},
): Promise<CrisisAssessment> {
  if (!isAmbiguous(assessment)) return assessment;
  const timeoutMs = options.timeoutMs ?? 4000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(''), timeoutMs);
  });
  try {
    const output = await Promise.race([guard.classify(text), timeout]);
    return combineWithSecondOpinion(assessment, parseGuardOutput(output));
  } catch {
    return assessment;
  } finally {
    clearTimeout(timer);
  }
}
