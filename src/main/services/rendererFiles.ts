import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

/** A file to send for a request, or a 404. */
export type RendererFile = { status: 200; body: Buffer; contentType: string } | { status: 404 };

/**
 * Maps a request path to a file in the built renderer folder, refusing anything that escapes it.
 * Unknown paths without an extension fall back to index.html (the app routes in the page).
 */
export async function readRendererFile(root: string, requestPath: string): Promise<RendererFile> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return { status: 404 };
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const resolvedRoot = normalize(root.endsWith(sep) ? root : root + sep);
  const candidate = normalize(join(resolvedRoot, relative || 'index.html'));
  if (!candidate.startsWith(resolvedRoot) || decoded.includes('\0')) return { status: 404 };
  const target = extname(candidate) ? candidate : join(resolvedRoot, 'index.html');
  try {
    const body = await readFile(target);
    return { status: 200, body, contentType: CONTENT_TYPES[extname(target)] ?? 'application/octet-stream' };
  } catch {
    return { status: 404 };
  }
}
