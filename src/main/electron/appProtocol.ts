import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../security/appOrigin';
import { readRendererFile } from '../services/rendererFiles';

/** Must run before `app.ready`: app:// behaves like https (secure context, IndexedDB, fetch of own files). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer from app://hearth/ with the security headers on every response. */
export function serveRenderer(rendererRoot: string, csp: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const file = await readRendererFile(rendererRoot, url.pathname);
    if (file.status === 404) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: {
        'content-type': file.contentType,
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'cross-origin-opener-policy': 'same-origin',
        'referrer-policy': 'no-referrer',
      },
    });
  });
}
