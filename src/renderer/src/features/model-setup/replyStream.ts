import type { ChatRequest, ChatResult, HearthError } from '../../../../shared/contract';
import { hearth } from '../../hearth';

/** A finished reply: complete, or partial when the stream broke (the text so far is kept and marked). */
export type ReplyOutcome =
  | { readonly kind: 'complete'; readonly result: ChatResult }
  | { readonly kind: 'partial'; readonly text: string; readonly error: HearthError }
  | { readonly kind: 'failed'; readonly error: HearthError };

/**
 * Streams one reply through main, giving the text as it grows. If the connection drops mid-reply
 * the text already shown is not thrown away: the outcome is `partial`, so the UI can mark it and
 * offer Retry.
 */
export function streamReply(request: ChatRequest, onText: (textSoFar: string) => void): { done: Promise<ReplyOutcome>; cancel: () => Promise<void> } {
  let text = '';
  const handle = hearth().llm.chat(request, (token) => {
    text += token.text;
    onText(text);
  });
  const done = handle.done.then((result): ReplyOutcome => {
    if (result.ok) return { kind: 'complete', result: result.value };
    return text ? { kind: 'partial', text, error: result.error } : { kind: 'failed', error: result.error };
  });
  return { done, cancel: () => handle.cancel() };
}
