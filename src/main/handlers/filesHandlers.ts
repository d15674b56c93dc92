import { basename, dirname } from 'node:path';
import { SAVED_FILE_EXTENSION, type HearthContract } from '@shared/contract';
import { MAX_IMPORT_BYTES } from '@shared/exchange/parseGroupExport';
import type { FileDialogs } from '../files/fileDialogs';
import { readTextFile, writeTextFile } from '../files/textFiles';
import type { HandlersOf } from '../ipc/handlerHost';

/** Handlers for the `files` namespace: bringing a group back from a file, and saving text the person asked to keep. */
export function createFilesHandlers(dialogs: Pick<FileDialogs, 'openFile' | 'saveFile'>): HandlersOf<HearthContract>['files'] {
  return {
    openGroup: async (words) => {
      const path = await dialogs.openFile(words, ['json']);
      if (!path) return { chosen: false as const };
      return { chosen: true as const, text: await readTextFile(path, MAX_IMPORT_BYTES) };
    },
    saveText: async ({ words, suggestedName, kind, text }) => {
      const chosen = await dialogs.saveFile(words, suggestedName, [SAVED_FILE_EXTENSION[kind]]);
      if (!chosen) return { saved: false as const };
      // Some desktops (Linux's) keep a name typed without an extension as it is: add the kind's own,
      // so the file still opens as Markdown or as a group Hearth can bring back.
      const extension = `.${SAVED_FILE_EXTENSION[kind]}`;
      const path = chosen.toLowerCase().endsWith(extension) ? chosen : `${chosen}${extension}`;
      await writeTextFile(path, text);
      return { saved: true as const, fileName: basename(path), folder: dirname(path) };
    },
  };
}
