import type { HearthContract } from '@shared/contract';
import type { HandlersOf } from '../ipc/handlerHost';
import type { ModelCalls } from '../ollama/modelCalls';

/** Handlers for the `llm` namespace: streamed chat, cancellable by request id, and all at once by a quick exit or lock; loading a model ahead of its first reply. */
export function createLlmHandlers(calls: ModelCalls): HandlersOf<HearthContract>['llm'] {
  return {
    chat: (request, { signal, emit }) => calls.chat(request, signal, (text) => emit({ text })),
    load: (request) => calls.load(request),
  };
}
