/**
 * CORS as Ollama configures gin-contrib/cors: allowed origins are localhost, 127.0.0.1 and 0.0.0.0
 * (http/https, any port), app://, file://, tauri://, vscode-webview://, vscode-file://, browser
 * extensions, plus any extra patterns (OLLAMA_ORIGINS). A request from another origin gets 403; a
 * preflight from an allowed one gets 204 with the allowed methods and headers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const DEFAULT_ORIGINS: readonly string[] = [
  ...['localhost', '127.0.0.1', '0.0.0.0'].flatMap((host) => [`http://${host}`, `https://${host}`, `http://${host}:*`, `https://${host}:*`]),
  'app://*',
  'file://*',
  'tauri://*',
  'vscode-webview://*',
  'vscode-file://*',
];

const EXTENSION_SCHEMES = ['chrome-extension://', 'safari-extension://', 'moz-extension://', 'ms-browser-extension://'];

/** Methods gin-contrib/cors allows by default. */
export const ALLOWED_METHODS = 'GET,POST,PUT,PATCH,DELETE,HEAD,OPTIONS';
/** Request headers Ollama allows, canonicalised as gin-contrib/cors sends them. */
export const ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'User-Agent',
  'Accept',
  'X-Requested-With',
  'Openai-Beta',
  ...['Arch', 'Async', 'Custom-Poll-Interval', 'Helper-Method', 'Lang', 'Os', 'Package-Version', 'Poll-Helper', 'Retry-Count', 'Runtime', 'Runtime-Version', 'Timeout'].map(
    (h) => `X-Stainless-${h}`,
  ),
].join(',');
/** Preflight cache lifetime in seconds (gin-contrib/cors default, 12 h). */
export const MAX_AGE_S = 43_200;

const escapeRegExp = (text: string): string => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const toRegExp = (pattern: string): RegExp => new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);

/** Whether a browser origin may call the server. */
export function originAllowed(origin: string, extra: readonly string[] = []): boolean {
  if (EXTENSION_SCHEMES.some((s) => origin.startsWith(s))) return true;
  return [...extra, ...DEFAULT_ORIGINS].some((pattern) => toRegExp(pattern).test(origin));
}

/**
 * Applies CORS to a request. Returns true when the request has been answered (a preflight, or a
 * forbidden origin) and routing must stop.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, extra: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return false;
  const host = req.headers.host ?? '';
  if (origin === `http://${host}` || origin === `https://${host}`) return false; // same origin: not CORS
  if (!originAllowed(origin, extra)) {
    res.writeHead(403, { 'Content-Length': 0 });
    res.end();
    return true;
  }
  res.setHeader('Access-Control-Allow-Origin', origin);
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
    res.writeHead(204, {
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': ALLOWED_HEADERS,
      'Access-Control-Max-Age': String(MAX_AGE_S),
      Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
    });
    res.end();
    return true;
  }
  res.setHeader('Vary', 'Origin');
  return false;
}
