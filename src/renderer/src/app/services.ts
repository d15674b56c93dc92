import type { HearthApi } from '../../../shared/contract';
import { createSecureStore, type SecureStore } from '../db/crypto/secureStore';
import { HearthDatabase } from '../db/database';
import type { Repositories } from '../db/repositories';
import { HistorySearch } from '../db/search/historySearch';
import { hearth } from '../hearth';
import { loadBundledKnowledge, type Knowledge } from '../knowledge/bundledKnowledge';
import { LibraryDatabase } from '../knowledge/library/libraryDatabase';
import { LibraryService } from '../knowledge/library/libraryService';
import { LibraryStore } from '../knowledge/library/libraryStore';

/** The app's long-lived services, made once at start and shared through React context. */
export interface AppServices {
  readonly hearth: HearthApi;
  readonly store: SecureStore;
  readonly repos: Repositories;
  readonly knowledge: Knowledge;
  /** The MedlinePlus health library the person may add (its own database; public text only). */
  readonly library: LibraryService;
  /** Full-text search over history, in memory only: built after unlock, dropped on lock. */
  readonly history: HistorySearch;
}

/** Opens the database (with encryption installed), the pack index and the library's own database. */
export function createAppServices(): AppServices {
  const store = createSecureStore(new HearthDatabase());
  const history = new HistorySearch(store.db);
  store.holder.subscribe((state) => {
    if (state.kind === 'locked') history.reset();
  });
  const api = hearth();
  const libraryStore = new LibraryStore(new LibraryDatabase());
  const knowledge = loadBundledKnowledge(libraryStore);
  return { hearth: api, store, repos: store.repositories, knowledge, library: new LibraryService(api, libraryStore, knowledge.base), history };
}
