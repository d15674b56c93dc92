import type { HearthApi } from '@shared/contract';
import type { SecureStore } from '../db/crypto/secureStore';
import type { Repositories } from '../db/repositories';
import { HistorySearch } from '../db/search/historySearch';
import { openCurrentStore } from '../db/storage/generations';
import { PassphraseChanges } from '../db/storage/passphraseChanges';
import { browserSpaces, type StorageSpaces } from '../db/storage/storageSpaces';
import { hearth } from '../hearth';
import { loadBundledKnowledge, type Knowledge } from '../knowledge/bundledKnowledge';
import { LibraryDatabase } from '../knowledge/library/libraryDatabase';
import { LibraryService } from '../knowledge/library/libraryService';
import { LibraryStore } from '../knowledge/library/libraryStore';
import { createPassphraseControl, type PassphraseControl } from './passphraseControl';

/** The app's long-lived services, shared through React context. A passphrase change replaces them (new database, new store). */
export interface AppServices {
  readonly hearth: HearthApi;
  readonly store: SecureStore;
  readonly repos: Repositories;
  readonly knowledge: Knowledge;
  /** The MedlinePlus health library the person may add (its own database; public text only). */
  readonly library: LibraryService;
  /** Full-text search over history, in memory only: built after unlock, dropped on lock. */
  readonly history: HistorySearch;
  /** Where database generations live (storage buckets in Electron). */
  readonly spaces: StorageSpaces;
  /** Set, change or remove the passphrase: each moves everything into a fresh database under a new key. */
  readonly passphrase: PassphraseControl;
}

type Shared = Omit<AppServices, 'store' | 'repos' | 'history'>;

function servicesFor(store: SecureStore, shared: Shared): AppServices {
  const history = new HistorySearch(store.db);
  store.holder.subscribe((state) => {
    if (state.kind === 'locked') history.reset();
  });
  return { ...shared, store, repos: store.repositories, history };
}

/**
 * Holds the current services. Swapping the store (after a passphrase change moved everything into
 * a new database) makes new services; the app re-mounts under them (ServicesHostProvider).
 */
export class ServicesHost {
  private services: AppServices;
  private readonly listeners = new Set<() => void>();

  constructor(store: SecureStore, private readonly shared: Omit<Shared, 'passphrase'>, makeControl: (host: ServicesHost) => PassphraseControl) {
    const passphrase = makeControl(this);
    this.services = servicesFor(store, { ...shared, passphrase });
  }

  get current(): AppServices {
    return this.services;
  }

  replaceStore(store: SecureStore): AppServices {
    this.services = servicesFor(store, { ...this.shared, passphrase: this.services.passphrase });
    for (const listener of this.listeners) listener();
    return this.services;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Opens the current database generation (with encryption installed), the pack index and the library's own database. */
export async function openAppServices(): Promise<ServicesHost> {
  const spaces = browserSpaces();
  const store = await openCurrentStore(spaces);
  const api = hearth();
  const libraryStore = new LibraryStore(new LibraryDatabase());
  const knowledge = loadBundledKnowledge(libraryStore);
  const library = new LibraryService(api, libraryStore, knowledge.base);
  return new ServicesHost(store, { hearth: api, knowledge, library, spaces }, (host) => createPassphraseControl(host, new PassphraseChanges(spaces), api));
}
