import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { FileDialogs } from '../files/fileDialogs';

/** Electron's native open and save dialogs, in the words the renderer sent (the person's language), over Hearth's window. */
export function electronFileDialogs(getWindow: () => BrowserWindow | undefined): FileDialogs {
  const open = async (options: Electron.OpenDialogOptions): Promise<string | null> => {
    const window = getWindow();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  const save = async (options: Electron.SaveDialogOptions): Promise<string | null> => {
    const window = getWindow();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  return {
    chooseModelFile: (words) =>
      open({ title: words.title, buttonLabel: words.buttonLabel, properties: ['openFile'], filters: [{ name: words.filterName, extensions: ['gguf'] }] }),
    chooseFolder: (words) => open({ title: words.title, buttonLabel: words.buttonLabel, properties: ['openDirectory', 'createDirectory'] }),
    openFile: (words, extensions) =>
      open({ title: words.title, buttonLabel: words.buttonLabel, properties: ['openFile'], filters: [{ name: words.filterName, extensions: [...extensions] }] }),
    // The Downloads folder, as a browser download would have used; the name is the neutral one the renderer proposed.
    saveFile: (words, suggestedName, extensions) =>
      save({
        title: words.title,
        buttonLabel: words.buttonLabel,
        defaultPath: join(app.getPath('downloads'), suggestedName),
        filters: [{ name: words.filterName, extensions: [...extensions] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      }),
  };
}
