/** Hearth's own pages are served from this custom, privileged scheme (never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'hearth';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The origin the renderer is loaded from: the dev server in development, app://hearth otherwise. */
export const rendererOrigin = (devServerUrl?: string): string => (devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN);

/**
 * True when a URL belongs to the app's own origin. Compared by scheme, host and port because a
 * custom scheme's `URL.origin` is "null" outside Electron. Malformed URLs are never the app.
 */
export function isAppUrl(url: string, appOrigin: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(appOrigin);
    return a.protocol === b.protocol && a.host === b.host && a.host !== '';
  } catch {
    return false;
  }
}
