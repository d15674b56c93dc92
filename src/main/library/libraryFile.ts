// Reads the MedlinePlus health-topics file the person chose (the XML itself, or the .zip MedlinePlus
// offers it in) and hands its XML text to the renderer in order, each piece marked with how much of the
// file had been read (the progress bar follows the topics as they are read). Only the
// XML entry of a .zip is read, straight from the file, and inflated as it streams. Limits are checked
// before reading: the file's size, and the size the archive says its XML has.
import { open, stat, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';
import { HearthFailure } from '@shared/contract';
import { LIBRARY_TEXT_CHUNK, type LibraryDownloadEvent } from '@shared/contract/channels/library';
import { LibraryFileError } from '@shared/knowledge/library/libraryFileError';
import { centralDirectory, dataOffset, looksLikeZip, xmlEntry, ZIP_TAIL_BYTES, zipEntries } from '@shared/knowledge/library/zipEntry';
import { todayIso } from '@shared/knowledge/staleness';
import { readFailure, tooLarge, unexpectedFile } from '../files/fileFailures';

/** Files larger than this are refused before reading (the real XML is a few tens of megabytes). */
export const MAX_LIBRARY_FILE_BYTES = 600 * 1024 * 1024;
/** XML larger than this once inflated is refused (a bomb guard). */
export const MAX_LIBRARY_XML_BYTES = 600 * 1024 * 1024;
/** The extensions the open dialog offers. */
export const LIBRARY_FILE_EXTENSIONS = ['xml', 'zip'] as const;

const READ_BYTES = 1024 * 1024;

/** Limits, lowered by tests. */
export interface LibraryFileLimits {
  readonly maxFileBytes?: number;
  readonly maxXmlBytes?: number;
}

/** The date in a MedlinePlus file name (mplus_topics_2026-11-28.xml), if it has one. */
export function dateInFileName(name: string): string | undefined {
  return /(\d{4}-\d{2}-\d{2})\.(?:xml|zip)$/i.exec(name)?.[1];
}

/** What the open dialog's answer is, before any of it is read: its size (refused when too large) and its date. */
export async function describeLibraryFile(path: string, limits: LibraryFileLimits = {}): Promise<{ readonly sizeBytes: number; readonly fileDate: string }> {
  const info = await stat(path).catch((error: unknown) => {
    throw readFailure(error);
  });
  if (!info.isFile()) throw readFailure(new Error('not a file'));
  if (info.size > (limits.maxFileBytes ?? MAX_LIBRARY_FILE_BYTES)) throw tooLarge();
  return { sizeBytes: info.size, fileDate: dateInFileName(path) ?? todayIso(info.mtime) };
}

const bytesAt = async (handle: FileHandle, position: number, length: number): Promise<Uint8Array> => {
  const buffer = Buffer.alloc(Math.max(0, length));
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
  return buffer.subarray(0, bytesRead);
};

/** The part of the file that holds the XML: the whole file, or the .zip's one XML entry (deflated or stored). */
async function xmlPart(handle: FileHandle, size: number, maxXml: number): Promise<{ readonly start: number; readonly length: number; readonly deflated: boolean }> {
  if (!looksLikeZip(await bytesAt(handle, 0, 4))) return { start: 0, length: size, deflated: false };
  const tailStart = Math.max(0, size - ZIP_TAIL_BYTES);
  const dir = centralDirectory(await bytesAt(handle, tailStart, size - tailStart));
  if (dir.offset + dir.size > size) throw new LibraryFileError('not-xml', 'The ZIP file is cut short');
  const entry = xmlEntry(zipEntries(await bytesAt(handle, dir.offset, dir.size), dir.count));
  if (entry.uncompressedSize > maxXml) throw new LibraryFileError('too-large', 'The archive says its XML is far larger than a MedlinePlus file');
  const start = dataOffset(await bytesAt(handle, entry.localHeaderOffset, 30 + 0xffff * 2), entry);
  if (start + entry.compressedSize > size) throw new LibraryFileError('not-xml', 'The ZIP file is cut short');
  return { start, length: entry.compressedSize, deflated: entry.method === 8 };
}

/** A piece of text that can end here without splitting a character written as two UTF-16 units. */
function cutAt(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/** The next bytes as text; bytes that are not UTF-8 mean the file is not MedlinePlus's. */
function decode(decoder: TextDecoder, bytes?: Uint8Array): string {
  try {
    return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
  } catch {
    throw unexpectedFile();
  }
}

/** Turns whatever stopped the read into the failure the panel explains. */
function asFailure(error: unknown, signal: AbortSignal): HearthFailure {
  if (error instanceof HearthFailure) return error;
  if (signal.aborted) return new HearthFailure('cancelled', 'Stopped.');
  if (error instanceof LibraryFileError) return error.problem === 'too-large' ? tooLarge() : unexpectedFile();
  // zlib's complaints about a damaged archive mean the file is not the one asked for.
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('Z_')) return unexpectedFile();
  return readFailure(error, signal);
}

/** Reads the chosen library file and emits its XML text in order; returns how many text events carried it. */
export async function readLibraryFile(path: string, signal: AbortSignal, emit: (event: LibraryDownloadEvent) => void, limits: LibraryFileLimits = {}): Promise<{ chunks: number }> {
  const maxXml = limits.maxXmlBytes ?? MAX_LIBRARY_XML_BYTES;
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.size > (limits.maxFileBytes ?? MAX_LIBRARY_FILE_BYTES)) throw tooLarge();
    const part = await xmlPart(handle, info.size, maxXml);
    const file = handle;
    emit({ kind: 'progress', receivedBytes: 0, totalBytes: part.length });

    // Progress travels with the text (sourceBytes): main reads far ahead of the reader in the renderer.
    let read = 0;
    async function* fileBytes(): AsyncGenerator<Buffer> {
      while (read < part.length) {
        const buffer = Buffer.allocUnsafe(Math.min(READ_BYTES, part.length - read));
        const { bytesRead } = await file.read(buffer, 0, buffer.length, part.start + read);
        if (bytesRead === 0) throw new LibraryFileError('not-xml', 'The file is shorter than it says');
        read += bytesRead;
        yield buffer.subarray(0, bytesRead);
      }
    }

    let chunks = 0;
    let pending = '';
    let xmlBytes = 0;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const send = (final: boolean): void => {
      while (pending.length >= LIBRARY_TEXT_CHUNK || (final && pending.length > 0)) {
        const at = pending.length > LIBRARY_TEXT_CHUNK ? cutAt(pending, LIBRARY_TEXT_CHUNK) : pending.length;
        emit({ kind: 'text', index: chunks, text: pending.slice(0, at), sourceBytes: read });
        pending = pending.slice(at);
        chunks += 1;
      }
    };
    const toText = async (source: AsyncIterable<Buffer>): Promise<void> => {
      for await (const bytes of source) {
        xmlBytes += bytes.byteLength;
        if (xmlBytes > maxXml) throw tooLarge();
        pending += decode(decoder, bytes);
        send(false);
      }
      pending += decode(decoder);
      send(true);
    };
    if (part.deflated) await pipeline(Readable.from(fileBytes(), { highWaterMark: 1 }), createInflateRaw(), toText, { signal });
    else await pipeline(Readable.from(fileBytes(), { highWaterMark: 1 }), toText, { signal });
    return { chunks };
  } catch (error) {
    throw asFailure(error, signal);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
