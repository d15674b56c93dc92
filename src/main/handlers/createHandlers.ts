import type { HearthContract } from '../../shared/contract';
import type { HandlersOf } from '../ipc/handlerHost';
import { createMachineRuntime } from '../ollama/createRuntime';
import { createAppHandlers, type AppFacts } from './appHandlers';
import type { LibraryDownloadDeps } from '../library/medlinePlusDownload';
import { createLibraryHandlers } from './libraryHandlers';
import { createLlmHandlers } from './llmHandlers';
import { createOllamaHandlers, type OllamaDeps } from './ollamaHandlers';
import { createPrivacyHandlers, inMemoryPrivacyDeps, type PrivacyDeps } from './privacyHandlers';
import { createShellHandlers, type ShellDeps } from './shellHandlers';

/** Everything main's handlers need, injected so tests and the UI bench run them without Electron. */
export interface MainDeps {
  readonly app: AppFacts;
  readonly shell: ShellDeps;
  /** The model runtime; defaults to this machine's Ollama with in-memory settings. */
  readonly ollama?: OllamaDeps;
  /** Quick exit, the OS keychain and main's erase; defaults to memory-only stand-ins (tests, UI bench). */
  readonly privacy?: PrivacyDeps;
  /** The MedlinePlus download; defaults to the real XML files page over Node's fetch. */
  readonly library?: LibraryDownloadDeps;
}

/** The full main-process implementation of the contract. */
export function createHandlers(deps: MainDeps): HandlersOf<HearthContract> {
  const ollama = deps.ollama ?? { runtime: createMachineRuntime(), openExternal: deps.shell.open };
  return {
    app: createAppHandlers(deps.app),
    ollama: createOllamaHandlers(ollama),
    llm: createLlmHandlers(ollama),
    privacy: createPrivacyHandlers(deps.privacy ?? inMemoryPrivacyDeps()),
    shell: createShellHandlers(deps.shell),
    library: createLibraryHandlers(deps.library ?? {}),
  };
}
