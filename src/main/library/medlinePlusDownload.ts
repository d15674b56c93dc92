// Downloads MedlinePlus's health-topics file once, when the person asks. The address is never guessed:
// the official XML files page (medlineplus.gov/xml.html) links the current compressed file,
// xml/mplus_topics_compressed_YYYY-MM-DD.zip; Hearth reads that page, takes the newest link on the same
// site, downloads it with progress, and hands the XML text to the renderer in order. Requests carry no
// query, cookie or referrer — only fetch's default headers — so nothing about the person leaves.
import { inflateRaw } from 'node:zlib';
import { promisify } from 'node:util';
import { HearthFailure } from '@shared/contract';
import { LIBRARY_TEXT_CHUNK, type LibraryDownloadEvent, type LibraryDownloadResult } from '@shared/contract/channels/library';
import { LibraryFileError } from '@shared/knowledge/library/libraryFileError';
import { xmlEntryBytes } from '@shared/knowledge/library/zipEntry';
import { isAbortError, isConnectionBroken, isRefused, isUnresolvable } from '../ollama/networkErrors';

const inflate = promisify(inflateRaw);

/** The official page that lists MedlinePlus's XML files. */
export const MEDLINEPLUS_XML_PAGE = 'https://medlineplus.gov/xml.html';

/** What the download needs; tests point it at a local server. */
export interface LibraryDownloadDeps {
  readonly fetch?: typeof globalThis.fetch;
  /** The XML files page; the file must be on the same site. */
  readonly pageUrl?: string;
  /** Refuse compressed files larger than this (the real one is a few megabytes). */
  readonly maxCompressedBytes?: number;
  /** Refuse XML larger than this once inflated (a bomb guard). */
  readonly maxXmlBytes?: number;
}

const LINK = /(?:href|src)\s*=\s*["']([^"']*mplus_topics_compressed_(\d{4}-\d{2}-\d{2})\.zip)["']/gi;

/** The newest compressed health-topics file the page links on its own site, or undefined. */
export function latestTopicsZip(pageHtml: string, pageUrl: string): { readonly url: string; readonly date: string } | undefined {
  const origin = new URL(pageUrl).origin;
  let best: { url: string; date: string } | undefined;
  for (const m of pageHtml.matchAll(LINK)) {
    const [, href = '', date = ''] = m;
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      continue;
    }
    if (url.origin !== origin || !/^\/xml\/mplus_topics_compressed_\d{4}-\d{2}-\d{2}\.zip$/.test(url.pathname) || url.search) continue;
    if (!best || date > best.date) best = { url: url.href, date };
  }
  return best;
}

/** Turns a network error into a typed failure the interface explains. */
function asFailure(error: unknown, signal: AbortSignal): unknown {
  if (error instanceof HearthFailure) return error;
  if (signal.aborted || isAbortError(error)) return new HearthFailure('cancelled', 'Stopped.');
  if (error instanceof LibraryFileError) return new HearthFailure('invalid-response', 'The downloaded file is not a MedlinePlus health-topics archive.');
  if (isRefused(error) || isUnresolvable(error) || isConnectionBroken(error) || error instanceof TypeError) {
    return new HearthFailure('connection-lost', 'Hearth could not reach MedlinePlus. Check the internet connection and try again.');
  }
  return error;
}

/** A GET that sends nothing but the address, and stays on the page's site. */
async function get(fetchFn: typeof globalThis.fetch, url: string, origin: string, signal: AbortSignal): Promise<Response> {
  const response = await fetchFn(url, { signal, redirect: 'follow', credentials: 'omit', referrerPolicy: 'no-referrer' });
  if (new URL(response.url || url).origin !== origin) throw new HearthFailure('not-allowed', 'MedlinePlus sent Hearth to another site; nothing was downloaded.');
  if (!response.ok) throw new HearthFailure('invalid-response', `MedlinePlus answered ${response.status}.`);
  return response;
}

/** Reads a body with progress, refusing more than `max` bytes. */
async function readBody(response: Response, max: number, onBytes: (received: number, total: number | null) => void): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  if (total !== null && total > max) throw new HearthFailure('invalid-response', 'The file is far larger than a MedlinePlus download.');
  const parts: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  if (!reader) throw new HearthFailure('invalid-response', 'MedlinePlus sent an empty answer.');
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > max) throw new HearthFailure('invalid-response', 'The file is far larger than a MedlinePlus download.');
    parts.push(value);
    onBytes(received, total);
  }
  const out = new Uint8Array(received);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/** Downloads the current health-topics file and emits its XML text in order. */
export async function downloadLibrary(deps: LibraryDownloadDeps, signal: AbortSignal, emit: (event: LibraryDownloadEvent) => void): Promise<LibraryDownloadResult> {
  const fetchFn = deps.fetch ?? globalThis.fetch;
  const pageUrl = deps.pageUrl ?? MEDLINEPLUS_XML_PAGE;
  const origin = new URL(pageUrl).origin;
  try {
    const page = await (await get(fetchFn, pageUrl, origin, signal)).text();
    const file = latestTopicsZip(page, pageUrl);
    if (!file) throw new HearthFailure('invalid-response', 'The MedlinePlus XML page lists no health-topics file right now.');
    emit({ kind: 'progress', receivedBytes: 0, totalBytes: null });
    const zip = await readBody(await get(fetchFn, file.url, origin, signal), deps.maxCompressedBytes ?? 100 * 1024 * 1024, (receivedBytes, totalBytes) =>
      emit({ kind: 'progress', receivedBytes, totalBytes }),
    );
    const { entry, data } = xmlEntryBytes(zip);
    const maxXml = deps.maxXmlBytes ?? 600 * 1024 * 1024;
    if (entry.uncompressedSize > maxXml) throw new HearthFailure('invalid-response', 'The archive says its file is far larger than a MedlinePlus file.');
    const bytes = entry.method === 0 ? data : await inflate(data, { maxOutputLength: maxXml });
    signal.throwIfAborted();
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    let chunks = 0;
    for (let i = 0; i < text.length; i += LIBRARY_TEXT_CHUNK) {
      emit({ kind: 'text', index: chunks, text: text.slice(i, i + LIBRARY_TEXT_CHUNK) });
      chunks += 1;
    }
    return { url: file.url, fileDate: file.date, compressedBytes: zip.byteLength, chunks };
  } catch (error) {
    throw asFailure(error, signal);
  }
}
