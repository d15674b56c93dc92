import { app, globalShortcut, type BrowserWindow } from 'electron';

/** The quick-exit shortcut, in Hearth and system-wide while Hearth runs. */
export const QUICK_EXIT_ACCELERATOR = 'CommandOrControl+Shift+H';

/** Hides the window at once (and the whole app on macOS); true when there was a window to hide. */
export function hideNow(win: BrowserWindow | undefined): boolean {
  if (!win || win.isDestroyed()) return false;
  win.hide();
  if (process.platform === 'darwin') app.hide();
  return true;
}

/**
 * Registers the global quick-exit shortcut: it runs main's whole quick exit (privacy/quickExit.ts),
 * which also tells a running renderer. If another app holds the shortcut, the in-app shortcut and
 * button still work.
 */
export function registerQuickExit(run: () => Promise<unknown>): () => void {
  const registered = globalShortcut.register(QUICK_EXIT_ACCELERATOR, () => void run().catch(() => undefined));
  if (!registered) console.warn('[quick-exit] the global shortcut is taken by another app; the in-app shortcut still works');
  return () => {
    if (registered) globalShortcut.unregister(QUICK_EXIT_ACCELERATOR);
  };
}
