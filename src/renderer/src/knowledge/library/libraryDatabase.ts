import Dexie, { type EntityTable } from 'dexie';
import type { LibraryEntry, LibraryTopic } from '@shared/knowledge/library/libraryTopic';

/** Its own IndexedDB database, apart from the person's history. */
export const LIBRARY_DATABASE_NAME = 'hearth-library';

/** What the library is: when its file was generated, where it came from, how much it holds. */
export interface LibraryStatus {
  /** The MedlinePlus file's generation date (every fact carries it). */
  readonly generated: string;
  readonly importedAt: number;
  readonly source: 'file' | 'download';
  readonly topics: { readonly en: number; readonly es: number };
  readonly facts: number;
  /** Topics the file had that Hearth could not use. */
  readonly skipped: number;
}

/** The one metadata row. */
export type LibraryStatusRow = LibraryStatus & { readonly id: 'library' };

/**
 * The MedlinePlus library's own database. Why not a table in the app database: the library is public-domain
 * text with nothing about the person in it, so it needs no encryption and no place in the app database's
 * add-only versions (whose migrations hold people's history); it is replaced wholesale on every import and
 * can be cleared without going near anyone's groups.
 */
export class LibraryDatabase extends Dexie {
  topics!: EntityTable<LibraryTopic, 'id'>;
  /** Search entries apart from the facts, so condition search never loads the facts. */
  entries!: EntityTable<LibraryEntry, 'id'>;
  meta!: EntityTable<LibraryStatusRow, 'id'>;

  constructor(name: string = LIBRARY_DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ topics: 'id', entries: 'id, language', meta: 'id' });
  }
}
