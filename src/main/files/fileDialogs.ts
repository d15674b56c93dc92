import type { DialogWords } from '@shared/contract';

/**
 * The native dialogs main opens for the person (Electron's in the app, a scripted stand-in in tests),
 * always in the words the renderer sent. Each answers the chosen path, or null when the person cancels.
 */
export interface FileDialogs {
  chooseModelFile(words: DialogWords): Promise<string | null>;
  chooseFolder(words: Omit<DialogWords, 'filterName'>): Promise<string | null>;
  /** One existing file whose name ends in one of `extensions` (without dots). */
  openFile(words: DialogWords, extensions: readonly string[]): Promise<string | null>;
  /** Where to save a new file, proposing `suggestedName`; the OS asks before replacing a file. */
  saveFile(words: DialogWords, suggestedName: string, extensions: readonly string[]): Promise<string | null>;
}

/** Dialogs that always answer "nothing chosen" (main without a window: tests, the UI bench's default). */
export const NO_DIALOGS: FileDialogs = {
  chooseModelFile: async () => null,
  chooseFolder: async () => null,
  openFile: async () => null,
  saveFile: async () => null,
};
