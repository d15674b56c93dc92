/**
 * Builds the prompt a request puts in front of the model: chat messages through the template
 * (dropping the oldest non-system messages when the prompt would not fit num_ctx, as Ollama's
 * chatPrompt does), or a generate prompt (templated unless raw, after any `context` tokens).
 */
import type { ChatBody, GenerateBody } from './requests';
import { renderChatPrompt, renderGeneratePrompt, type TemplateMessage } from './template';
import { tokenize, type Vocabulary } from './tokenizer';

/** The prompt as text and as token pieces, with the messages the script sees. */
export interface BuiltPrompt {
  readonly text: string;
  readonly pieces: readonly string[];
  readonly messages: readonly TemplateMessage[];
}

/** Chat prompt fitted into numCtx tokens; the last message is always kept. */
export function buildChatPrompt(body: ChatBody, numCtx: number, modelSystem: string | undefined): BuiltPrompt {
  const all: TemplateMessage[] = body.messages.map((m) => ({ role: m.role, content: m.content }));
  const attempt = (start: number): BuiltPrompt => {
    const kept = [...all.slice(0, start).filter((m) => m.role === 'system'), ...all.slice(start)];
    const text = renderChatPrompt(kept, modelSystem);
    return { text, pieces: tokenize(text), messages: kept };
  };
  let built = attempt(0);
  for (let start = 1; built.pieces.length > numCtx && start < all.length; start += 1) built = attempt(start);
  return built;
}

/** Generate prompt: raw text as-is, else templated with the request's or the model's system prompt. */
export function buildGeneratePrompt(body: GenerateBody, modelSystem: string | undefined, vocab: Vocabulary): BuiltPrompt {
  const system = body.system ?? modelSystem;
  const context = body.context ? vocab.decode(body.context).join('') : '';
  const text = context + (body.raw ? body.prompt : renderGeneratePrompt(body.prompt, system));
  const messages: TemplateMessage[] = [...(system && !body.raw ? [{ role: 'system', content: system }] : []), { role: 'user', content: body.prompt }];
  return { text, pieces: tokenize(text), messages };
}
