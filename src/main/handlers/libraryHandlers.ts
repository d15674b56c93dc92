import { HearthFailure, type HearthContract } from '@shared/contract';
import type { FileDialogs } from '../files/fileDialogs';
import type { HandlersOf } from '../ipc/handlerHost';
import { describeLibraryFile, LIBRARY_FILE_EXTENSIONS, readLibraryFile, type LibraryFileLimits } from '../library/libraryFile';
import { downloadLibrary, type LibraryDownloadDeps } from '../library/medlinePlusDownload';
import { ChosenPaths } from '../files/chosenPaths';

/** What the library's handlers need: the download's settings, the open dialog, and (in tests) lower limits. */
export interface LibraryDeps {
  readonly download: LibraryDownloadDeps;
  readonly dialogs: Pick<FileDialogs, 'openFile'>;
  readonly fileLimits?: LibraryFileLimits;
}

/** Handlers for the `library` namespace: the one-time MedlinePlus download, or the file the person chose. */
export function createLibraryHandlers({ download, dialogs, fileLimits }: LibraryDeps): HandlersOf<HearthContract>['library'] {
  const chosen = new ChosenPaths();
  return {
    download: (_request, { signal, emit }) => downloadLibrary(download, signal, emit),
    chooseFile: async (words) => {
      const path = await dialogs.openFile(words, LIBRARY_FILE_EXTENSIONS);
      if (!path) return { chosen: false as const };
      const { sizeBytes, fileDate } = await describeLibraryFile(path, fileLimits);
      return { chosen: true as const, token: chosen.remember('library-file', path), sizeBytes, fileDate };
    },
    readFile: async ({ token }, { signal, emit }) => {
      const path = chosen.get(token, 'library-file');
      if (!path) throw new HearthFailure('invalid-request', 'Choose the file again.');
      return readLibraryFile(path, signal, emit, fileLimits);
    },
  };
}
