import type { Session } from 'electron';
import { denyAllPermissions } from '../security/permissions';

/**
 * Session-wide rules: deny permissions, attach the CSP to every response (covers the dev server),
 * refuse any request the renderer makes to a host other than the app's own, and refuse downloads:
 * every file Hearth saves goes through main's save dialog (files.saveText), never the browser's.
 */
export function secureSession(session: Session, csp: string, isAllowedRequestUrl: (url: string) => boolean): void {
  denyAllPermissions(session);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  session.on('will-download', (event) => event.preventDefault());
}
