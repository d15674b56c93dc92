/**
 * Renders chat messages into the prompt text the fake model "sees", the way a model's chat template
 * would: every turn in order, each wrapped in role markers, ending with an open assistant turn.
 * The layout matters for the prompt-cache simulation: an earlier conversation rendered again is a
 * strict prefix of the longer one, exactly as with real templates.
 */

/** One chat turn as the template needs it. */
export interface TemplateMessage {
  readonly role: string;
  readonly content: string;
}

/** Marker that closes every turn; also the model's default stop token. */
export const END_OF_TURN = '<|end|>';

/** The template text shown by `/api/show`, in Ollama's Go-template notation. */
export const TEMPLATE_SOURCE =
  '{{- range .Messages }}<|{{ .Role }}|>\n{{ .Content }}<|end|>\n{{ end }}<|assistant|>\n';

const turn = (role: string, content: string): string => `<|${role}|>\n${content}${END_OF_TURN}\n`;

/** Prompt text for a chat request; `system` is the model's own system prompt, used when the messages start without one. */
export function renderChatPrompt(messages: readonly TemplateMessage[], system?: string): string {
  const first = messages[0];
  const withSystem = system && first?.role !== 'system' ? [{ role: 'system', content: system }, ...messages] : messages;
  return `${withSystem.map((m) => turn(m.role, m.content)).join('')}<|assistant|>\n`;
}

/** Prompt text for a generate request (not raw): an optional system turn, the user turn, an open assistant turn. */
export function renderGeneratePrompt(prompt: string, system?: string): string {
  return `${system ? turn('system', system) : ''}${turn('user', prompt)}<|assistant|>\n`;
}
