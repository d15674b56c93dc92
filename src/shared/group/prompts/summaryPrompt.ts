import type { ChatRequest } from '@shared/contract/channels/llm';
import type { Language } from '@shared/domain';
import { buildSummaryPrompt, type GroupFrame, type TranscriptLine } from './promptBuilder';

/** The longest summary the model may write (tokens): the window keeps this much room for it. */
export const SUMMARY_TOKENS = 300;

export interface SummaryInput {
  readonly model: string;
  /** The group's setting: the summary's prompt begins as the speakers' prompts do (shared prompt cache). */
  readonly frame: GroupFrame;
  readonly numCtx: number;
  /** The previous summary, folded into the new one. */
  readonly previous?: string;
  /** The older messages the summary must now cover. */
  readonly lines: readonly TranscriptLine[];
  readonly language: Language;
}

/**
 * The request for a rolling summary of older messages. It is only ever read by the model (it goes
 * into later prompts), so it keeps who shared what and what was decided, in a few plain lines.
 */
export function summaryRequest(input: SummaryInput): ChatRequest {
  const language = input.language === 'es' ? 'Write the summary in Spanish.' : 'Write the summary in English.';
  const what = input.previous ? 'the earlier summary and the conversation above, together,' : 'the conversation above';
  return {
    model: input.model,
    messages: buildSummaryPrompt(
      { frame: input.frame, transcript: input.lines, ...(input.previous ? { summary: input.previous } : {}) },
      `YOUR TASK: you keep the group's notes, read only by the group's model, never shown as anyone's words. Summarise ${what} in at most 8 short lines: who shared what (by name), how the new member is feeling, anything they decided or want to try, and open questions. No advice, no diagnosis, no new facts. ${language}`,
    ),
    options: { numCtx: input.numCtx, temperature: 0.3, numPredict: SUMMARY_TOKENS },
    keepAlive: '30m',
  };
}
