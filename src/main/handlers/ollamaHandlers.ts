import type { HearthContract } from '@shared/contract';
import type { HandlersOf } from '../ipc/handlerHost';
import type { ModelCalls } from '../ollama/modelCalls';
import type { ModelRuntime } from '../ollama/runtime';

/** Ollama's download page: a fixed address, so the renderer can never choose what opens. */
export const OLLAMA_DOWNLOAD_URL = 'https://ollama.com/download';

/** What the `ollama` and `llm` namespaces need. */
export interface OllamaDeps {
  readonly runtime: ModelRuntime;
  /** Opens a URL in the system browser (Electron's shell.openExternal). */
  readonly openExternal: (url: string) => Promise<void>;
  /** The registry of model calls in flight (made from `runtime` when not given); main shares it with the global quick-exit shortcut. */
  readonly calls?: ModelCalls;
}

/** Handlers for the `ollama` namespace: status, start, host, models and downloads. */
export function createOllamaHandlers({ runtime, openExternal }: OllamaDeps): HandlersOf<HearthContract>['ollama'] {
  return {
    status: () => runtime.status(),
    start: () => runtime.start(),
    openDownloadPage: async () => {
      await openExternal(OLLAMA_DOWNLOAD_URL);
      return { opened: true as const };
    },
    setHost: ({ host, acknowledgeRemote }) => runtime.setHost(host, acknowledgeRemote),
    recommend: () => runtime.recommend(),
    show: ({ name }) => runtime.show(name),
    use: ({ name }) => runtime.use(name),
    pull: ({ name }, { signal, emit }) => runtime.pull(name, signal, emit),
    delete: async ({ name }) => {
      await runtime.delete(name);
      return { deleted: true as const };
    },
  };
}
