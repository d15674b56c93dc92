import type { HearthContract } from '../../shared/contract';
import type { HandlersOf } from '../ipc/handlerHost';
import { downloadLibrary, type LibraryDownloadDeps } from '../library/medlinePlusDownload';

/** Handlers for the `library` namespace: the one-time MedlinePlus download. */
export function createLibraryHandlers(deps: LibraryDownloadDeps): HandlersOf<HearthContract>['library'] {
  return {
    download: (_request, { signal, emit }) => downloadLibrary(deps, signal, emit),
  };
}
