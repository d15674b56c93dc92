import { create } from 'zustand';
import { LibraryFileError } from '@shared/knowledge/library/libraryFileError';
import type { LibraryStatus } from '@renderer/knowledge/library/libraryDatabase';
import type { DialogWords } from '@shared/contract';
import { LibraryTransferError } from '@renderer/knowledge/library/textFromMain';
import type { ImportOptions, LibraryProgress, LibraryService } from '@renderer/knowledge/library/libraryService';

/** How the last import or removal ended, as the panel says it. */
export type LibraryOutcome =
  | { readonly kind: 'added'; readonly status: LibraryStatus }
  | { readonly kind: 'removed' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly problem: LibraryProblem };

/** The reasons the panel explains (keys of library.problem). */
export type LibraryProblem = 'not-xml' | 'not-medlineplus' | 'unsafe' | 'too-large' | 'no-topics' | 'unreadable' | 'connection-lost' | 'invalid-response' | 'storage' | 'other';

interface LibraryUiState {
  /** undefined until read from the library's database. */
  readonly status: LibraryStatus | null | undefined;
  /** Set while an import runs. */
  readonly progress: LibraryProgress | null;
  readonly outcome: LibraryOutcome | null;
}

/** One import at a time for the whole app: the settings panel and onboarding share it. */
export const useLibraryUi = create<LibraryUiState>(() => ({ status: undefined, progress: null, outcome: null }));

let running: AbortController | null = null;

// IndexedDB's ways of refusing a write (a full disk aborts the transaction); a cancel is told apart before this.
const STORAGE_ERRORS = new Set(['QuotaExceededError', 'DatabaseClosedError', 'OpenFailedError', 'AbortError', 'InvalidStateError']);

/** What went wrong, in the panel's words. Nothing from the file or the person is kept. */
export function problemOf(error: unknown): LibraryProblem {
  if (error instanceof LibraryFileError) return error.problem;
  if (error instanceof LibraryTransferError) {
    const code = error.error.code;
    if (code === 'file-too-large') return 'too-large';
    if (code === 'unexpected-file') return 'not-xml';
    if (code === 'file-unreadable') return 'unreadable';
    if (code === 'connection-lost' || code === 'timeout') return 'connection-lost';
    if (code === 'invalid-response' || code === 'not-allowed') return 'invalid-response';
    return 'other';
  }
  if (error instanceof Error && STORAGE_ERRORS.has(error.name)) return 'storage';
  return 'other';
}

/** Runs an import with one cancel switch; the outcome lands in the shared state. */
async function run(first: LibraryProgress['phase'], work: (options: ImportOptions) => Promise<LibraryStatus>): Promise<void> {
  if (running) return;
  const controller = new AbortController();
  running = controller;
  useLibraryUi.setState({ outcome: null, progress: { phase: first, done: 0, total: null, topics: 0 } });
  try {
    // Progress reported after a cancel (main's last events still arriving) must not bring the bar back.
    const onProgress = (progress: LibraryProgress): void => {
      if (!controller.signal.aborted) useLibraryUi.setState({ progress });
    };
    const status = await work({ signal: controller.signal, onProgress });
    useLibraryUi.setState({ status, outcome: { kind: 'added', status } });
  } catch (error) {
    useLibraryUi.setState({ outcome: controller.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', problem: problemOf(error) } });
  } finally {
    running = null;
    useLibraryUi.setState({ progress: null });
  }
}

/** The actions the library panel offers, bound to the app's library service. */
export function libraryActions(library: Pick<LibraryService, 'status' | 'chooseFile' | 'importFile' | 'download' | 'clear'>) {
  return {
    /** Reads the stored status once (the panel calls it on mount). */
    refresh: async (): Promise<void> => useLibraryUi.setState({ status: await library.status() }),
    /** Main's open dialog in the person's words; cancelling it changes nothing, a chosen file is imported with progress. */
    chooseFile: async (words: DialogWords): Promise<void> => {
      if (running) return;
      let chosen: Awaited<ReturnType<LibraryService['chooseFile']>>;
      try {
        chosen = await library.chooseFile(words);
      } catch (error) {
        useLibraryUi.setState({ outcome: { kind: 'failed', problem: problemOf(error) } });
        return;
      }
      if (chosen) await run('reading', (options) => library.importFile(chosen, options));
    },
    download: (): Promise<void> => run('downloading', (options) => library.download(options)),
    cancel: (): void => running?.abort(),
    remove: async (): Promise<void> => {
      await library.clear();
      useLibraryUi.setState({ status: null, outcome: { kind: 'removed' } });
    },
  };
}
