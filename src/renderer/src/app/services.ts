import type { HearthApi } from '../../../shared/contract';
import { createSecureStore, type SecureStore } from '../db/crypto/secureStore';
import { HearthDatabase } from '../db/database';
import type { Repositories } from '../db/repositories';
import { HistorySearch } from '../db/search/historySearch';
import { hearth } from '../hearth';
import { loadBundledKnowledge, type Knowledge } from '../knowledge/bundledKnowledge';

/** The app's long-lived services, made once at start and shared through React context. */
export interface AppServices {
  readonly hearth: HearthApi;
  readonly store: SecureStore;
  readonly repos: Repositories;
  readonly knowledge: Knowledge;
  /** Full-text search over history, in memory only: built after unlock, dropped on lock. */
  readonly history: HistorySearch;
}

/** Opens the database (with encryption installed) and loads the bundled knowledge. */
export function createAppServices(): AppServices {
  const store = createSecureStore(new HearthDatabase());
  const history = new HistorySearch(store.db);
  store.holder.subscribe((state) => {
    if (state.kind === 'locked') history.reset();
  });
  return { hearth: hearth(), store, repos: store.repositories, knowledge: loadBundledKnowledge(), history };
}
