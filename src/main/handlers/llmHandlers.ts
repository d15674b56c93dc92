import type { HearthContract } from '../../shared/contract';
import type { HandlersOf } from '../ipc/handlerHost';
import type { OllamaDeps } from './ollamaHandlers';

/** Handlers for the `llm` namespace: streamed chat, cancellable by request id. */
export function createLlmHandlers({ runtime }: Pick<OllamaDeps, 'runtime'>): HandlersOf<HearthContract>['llm'] {
  return {
    chat: (request, { signal, emit }) => runtime.chat(request, signal, (text) => emit({ text })),
  };
}
