import type { HearthContract } from '@shared/contract';
import type { HandlersOf } from '../ipc/handlerHost';
import { createMachineRuntime } from '../ollama/createRuntime';
import { ModelCalls } from '../ollama/modelCalls';
import { createAppHandlers, type AppFacts } from './appHandlers';
import { NO_DIALOGS, type FileDialogs } from '../files/fileDialogs';
import type { LibraryFileLimits } from '../library/libraryFile';
import type { LibraryDownloadDeps } from '../library/medlinePlusDownload';
import { createLibraryHandlers } from './libraryHandlers';
import { createLlmHandlers } from './llmHandlers';
import { createModelFileHandlers } from './modelFileHandlers';
import { createFilesHandlers } from './filesHandlers';
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
  /** Native open and save dialogs; without them, every dialog answers "nothing chosen". */
  readonly dialogs?: FileDialogs;
  /** The MedlinePlus download; defaults to the real XML files page over Node's fetch. */
  readonly library?: LibraryDownloadDeps;
  /** Lower limits on a chosen library file (tests); defaults to the real ones. */
  readonly libraryFileLimits?: LibraryFileLimits;
}

/** The full main-process implementation of the contract. */
export function createHandlers(deps: MainDeps): HandlersOf<HearthContract> {
  const ollama = deps.ollama ?? { runtime: createMachineRuntime(), openExternal: deps.shell.open };
  const calls = ollama.calls ?? new ModelCalls(ollama.runtime);
  const dialogs = deps.dialogs ?? NO_DIALOGS;
  return {
    app: createAppHandlers(deps.app),
    ollama: createOllamaHandlers(ollama),
    llm: createLlmHandlers(calls),
    modelFile: createModelFileHandlers({ runtime: ollama.runtime, dialogs }),
    privacy: createPrivacyHandlers(deps.privacy ?? inMemoryPrivacyDeps(), calls),
    shell: createShellHandlers(deps.shell),
    library: createLibraryHandlers({ download: deps.library ?? {}, dialogs, ...(deps.libraryFileLimits ? { fileLimits: deps.libraryFileLimits } : {}) }),
    files: createFilesHandlers(dialogs),
  };
}
