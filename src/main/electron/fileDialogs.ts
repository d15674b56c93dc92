import { dialog, type BrowserWindow } from 'electron';
import type { FileDialogs } from '../handlers/modelFileHandlers';

/** Electron's native open dialogs, in the words the renderer sent (the person's language). */
export function electronFileDialogs(getWindow: () => BrowserWindow | undefined): FileDialogs {
  const open = async (options: Electron.OpenDialogOptions): Promise<string | null> => {
    const window = getWindow();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  return {
    chooseModelFile: (words) =>
      open({ title: words.title, buttonLabel: words.buttonLabel, properties: ['openFile'], filters: [{ name: words.filterName, extensions: ['gguf'] }] }),
    chooseFolder: (words) => open({ title: words.title, buttonLabel: words.buttonLabel, properties: ['openDirectory', 'createDirectory'] }),
  };
}
