// An installed Llama Guard model as the safety checks' second opinion, asked through the app's model
// channel. The rules' decision stands when it is slow, and then its call is cancelled in main too,
// so a slow guard does not keep holding the model's slot (or a laptop's memory) for nothing.
import type { ChatPort } from '@shared/group/session/ports';
import type { GuardModel } from '@shared/safety/secondOpinion';

/** How long the guard model may take before the rules' decision stands. */
export const GUARD_TIMEOUT_MS = 4000;

/** The guard model `model` over `chat`; a call still running after `timeoutMs` is cancelled and answers nothing. */
export function guardOverChat(chat: ChatPort, model: string, timeoutMs = GUARD_TIMEOUT_MS): GuardModel {
  return {
    classify: async (text) => {
      const handle = chat({ model, messages: [{ role: 'user', content: text }], options: { numCtx: 2048, temperature: 0 } }, () => undefined);
      const timer = setTimeout(() => void handle.cancel(), timeoutMs);
      const reply = await handle.done.finally(() => clearTimeout(timer));
      return reply.ok ? reply.value.content : '';
    },
  };
}
