import { isAppUrl } from './appOrigin';

/** The part of Electron's WebContents that navigation hardening touches. */
export interface NavigableContents {
  on(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', listener: (event: { preventDefault(): void }, url?: string) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Blocks every navigation away from the app, every redirect elsewhere, every new window and every
 * webview. Links to the outside world go through shell.openExternal's allowlist instead.
 */
export function blockNavigation(contents: NavigableContents, appOrigin: string, onBlocked?: (kind: string) => void): void {
  const guard = (kind: string) => (event: { preventDefault(): void }, url?: string) => {
    if (kind !== 'will-attach-webview' && url !== undefined && isAppUrl(url, appOrigin)) return;
    event.preventDefault();
    onBlocked?.(kind);
  };
  contents.on('will-navigate', guard('will-navigate'));
  contents.on('will-redirect', guard('will-redirect'));
  contents.on('will-attach-webview', guard('will-attach-webview'));
  contents.setWindowOpenHandler(() => {
    onBlocked?.('window-open');
    return { action: 'deny' };
  });
}
