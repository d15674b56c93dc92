import type { ChosenLibraryFile, DialogWords, HearthApi } from '@shared/contract';
import type { KnowledgeBase } from '@shared/knowledge/knowledgeBase';
import { LibrarySearch, type LibraryMatch } from '@shared/knowledge/library/librarySearch';
import type { LibraryRead } from '@shared/knowledge/library/readLibrary';
import { todayIso } from '@shared/knowledge/staleness';
import type { LibraryStatus } from './libraryDatabase';
import type { LibraryStore } from './libraryStore';
import { LibraryTransferError, textFromMain } from './textFromMain';

/** The XML reader (and its parser) loads with the first import, not with the app. */
const loadReader = async () => (await import('@shared/knowledge/library/readLibrary')).readLibrary;

/** Where an import is, for the progress bar: bytes of the file or download, then topics read, then saving. */
export interface LibraryProgress {
  readonly phase: 'downloading' | 'reading' | 'saving';
  /** Bytes read or received so far, and the total when known. */
  readonly done: number;
  readonly total: number | null;
  readonly topics: number;
}

/** Options of one import. */
export interface ImportOptions {
  readonly signal: AbortSignal;
  readonly onProgress: (progress: LibraryProgress) => void;
}

/**
 * The MedlinePlus library in the renderer: import from a chosen file or one download, search its topics,
 * clear it. Reading finishes before anything is stored, and storing replaces the old library in one
 * transaction, so a cancelled or failed import leaves the library as it was.
 */
export class LibraryService {
  private search: Promise<LibrarySearch> | undefined;
  private readonly listeners = new Set<(status: LibraryStatus | null) => void>();

  constructor(
    private readonly hearth: Pick<HearthApi, 'library'>,
    readonly store: LibraryStore,
    private readonly base: KnowledgeBase,
  ) {}

  /** What is stored, or null. */
  status(): Promise<LibraryStatus | null> {
    return this.store.status();
  }

  /** Called after every import or clear with the new status. */
  subscribe(listener: (status: LibraryStatus | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Library topics matching what the person typed; none when there is no library. */
  async searchTopics(query: string, language: 'en' | 'es', limit = 5): Promise<LibraryMatch[]> {
    this.search ??= this.store.entries().then((entries) => new LibrarySearch(entries));
    return (await this.search).search(query, language, limit);
  }

  /**
   * Opens main's file dialog for MedlinePlus's health-topics file (.xml, or the .zip it comes in); null when
   * the person cancels. A file too large to be MedlinePlus's is refused before any of it is read.
   */
  async chooseFile(words: DialogWords): Promise<ChosenLibraryFile | null> {
    const answer = await this.hearth.library.chooseFile(words);
    if (!answer.ok) throw new LibraryTransferError(answer.error);
    if (!answer.value.chosen) return null;
    const { token, sizeBytes, fileDate } = answer.value;
    return { token, sizeBytes, fileDate };
  }

  /** Imports the file the person chose: main reads it (unzipping the .zip) and streams its XML text here. */
  async importFile(file: ChosenLibraryFile, { signal, onProgress }: ImportOptions): Promise<LibraryStatus> {
    let topics = 0;
    let bytes = { done: 0, total: file.sizeBytes as number | null };
    const chunks = textFromMain((onEvent) => this.hearth.library.readFile({ token: file.token }, onEvent), signal, (b) => {
      bytes = { done: b.receivedBytes, total: b.totalBytes };
      onProgress({ phase: 'reading', ...bytes, topics });
    });
    const read = await (await loadReader())(chunks, {
      signal,
      fallbackDate: file.fileDate,
      onProgress: (p) => {
        topics = p.topics;
        onProgress({ phase: 'reading', ...bytes, topics });
      },
    });
    onProgress({ phase: 'saving', ...bytes, topics });
    return this.save(read, 'file', signal);
  }

  /** Downloads MedlinePlus's current file once (main fetches it) and imports it. */
  async download({ signal, onProgress }: ImportOptions): Promise<LibraryStatus> {
    let fileDate: string | undefined;
    let topics = 0;
    let bytes = { done: 0, total: null as number | null };
    const chunks = textFromMain(
      (onEvent) => this.hearth.library.download({}, onEvent),
      signal,
      (b) => {
        bytes = { done: b.receivedBytes, total: b.totalBytes };
        onProgress({ phase: 'downloading', ...bytes, topics });
      },
      (result) => void (fileDate = result.fileDate),
    );
    const read = await (await loadReader())(chunks, {
      signal,
      fallbackDate: () => fileDate ?? todayIso(),
      onProgress: (p) => {
        topics = p.topics;
        onProgress({ phase: 'reading', ...bytes, topics });
      },
    });
    onProgress({ phase: 'saving', ...bytes, topics });
    return this.save(read, 'download', signal);
  }

  /** Deletes the library's database whole, as part of erasing everything Hearth keeps. */
  async erase(): Promise<void> {
    await this.store.erase();
  }

  /** Removes the library; groups built on it keep their people but lose its facts. */
  async clear(): Promise<void> {
    await this.store.clear();
    this.changed(null);
  }

  private async save(read: LibraryRead, source: LibraryStatus['source'], signal: AbortSignal): Promise<LibraryStatus> {
    signal.throwIfAborted();
    const status = await this.store.replace(read, source);
    this.changed(status);
    return status;
  }

  private changed(status: LibraryStatus | null): void {
    this.search = undefined;
    this.base.forgetLibrary();
    for (const listener of this.listeners) listener(status);
  }
}
