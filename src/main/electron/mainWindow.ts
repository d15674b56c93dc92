import { BrowserWindow } from 'electron';
import { blockNavigation } from '../security/navigation';
import { secureWebPreferences } from '../security/webPreferences';

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly startUrl: string;
  readonly appOrigin: string;
  readonly devTools: boolean;
}

/** Hearth's one window: hardened, shown once its first paint is ready (no white flash). */
export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1100,
    height: 760,
    minWidth: 720,
    minHeight: 560,
    show: false,
    title: 'Hearth',
    backgroundColor: '#1f1b18',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(opts.preloadPath, { devTools: opts.devTools }),
  });
  blockNavigation(win.webContents, opts.appOrigin);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(opts.startUrl);
  return win;
}
