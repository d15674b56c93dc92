// The library import's reading half, the same for a chosen file and a download: text chunks in (in file
// order), validated topics with their facts out. Storage is the caller's (the renderer's library
// database); nothing is written until the whole file has been read, so a cancelled or broken import
// leaves the library the person already had untouched.
import { type FileHeader, LibraryFileError, MedlinePlusReader } from './medlinePlusXml';
import { type LibraryTopic, toLibraryTopic } from './libraryTopic';

/** How far reading has got. */
export interface ReadProgress {
  readonly topics: number;
}

/** Options for one read. */
export interface ReadLibraryOptions {
  /** Cancels between chunks. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ReadProgress) => void;
  /**
   * The date facts carry when the file does not say when it was generated (YYYY-MM-DD); a function when
   * it is only known at the end (a download's file name).
   */
  readonly fallbackDate: string | (() => string);
}

/** Everything read from one file. */
export interface LibraryRead {
  readonly topics: readonly LibraryTopic[];
  readonly header: FileHeader;
  /** The date every fact carries: the file's generation date, else the fallback. */
  readonly checked: string;
  /** Topics left out: invalid, or a summary with no citable sentence. */
  readonly skipped: number;
}

/** Reads a MedlinePlus health-topics file from its text chunks. Throws LibraryFileError or the signal's reason. */
export async function readLibrary(chunks: AsyncIterable<string>, options: ReadLibraryOptions): Promise<LibraryRead> {
  const raws: Parameters<typeof toLibraryTopic>[0][] = [];
  const reader = new MedlinePlusReader((topic) => raws.push(topic));
  for await (const chunk of chunks) {
    options.signal?.throwIfAborted();
    reader.write(chunk);
    options.onProgress?.({ topics: raws.length });
  }
  options.signal?.throwIfAborted();
  const { header, skipped } = reader.finish();
  const checked = header.generated ?? (typeof options.fallbackDate === 'function' ? options.fallbackDate() : options.fallbackDate);
  const topics: LibraryTopic[] = [];
  for (const raw of raws) {
    const topic = toLibraryTopic(raw, checked);
    if (topic) topics.push(topic);
  }
  if (topics.length === 0) throw new LibraryFileError('no-topics', 'No topic has a summary Hearth can cite');
  return { topics, header, checked, skipped: skipped + raws.length - topics.length };
}

/** Text chunks of a string, for tests and for a file already in memory. */
export async function* textChunks(text: string, size = 64 * 1024): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
