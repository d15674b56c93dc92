import { LibraryFileError } from '../../../../shared/knowledge/library/libraryFileError';
import { centralDirectory, dataOffset, looksLikeZip, xmlEntry, ZIP_TAIL_BYTES, zipEntries } from '../../../../shared/knowledge/library/zipEntry';

/** Files larger than this are refused before reading (the real XML is a few tens of megabytes). */
export const MAX_LIBRARY_FILE_BYTES = 600 * 1024 * 1024;

const bytesOf = async (blob: Blob): Promise<Uint8Array> => new Uint8Array(await blob.arrayBuffer());

/** The part of a chosen file that holds the XML, and whether it is deflated (a .zip from MedlinePlus). */
async function xmlPart(file: File): Promise<{ readonly blob: Blob; readonly deflated: boolean }> {
  if (!looksLikeZip(await bytesOf(file.slice(0, 4)))) return { blob: file, deflated: false };
  const dir = centralDirectory(await bytesOf(file.slice(Math.max(0, file.size - ZIP_TAIL_BYTES))));
  const entry = xmlEntry(zipEntries(await bytesOf(file.slice(dir.offset, dir.offset + dir.size)), dir.count));
  const start = dataOffset(await bytesOf(file.slice(entry.localHeaderOffset, entry.localHeaderOffset + 30 + 0x1ffff)), entry);
  if (start + entry.compressedSize > file.size) throw new LibraryFileError('not-xml', 'The ZIP file is cut short');
  return { blob: file.slice(start, start + entry.compressedSize), deflated: entry.method === 8 };
}

/** Decodes the next bytes, turning bad bytes or a broken archive into a file problem. */
function decode(decoder: TextDecoder, bytes?: Uint8Array): string {
  try {
    return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
  } catch {
    throw new LibraryFileError('not-xml', 'The file is not UTF-8 text');
  }
}

/**
 * A chosen file's XML text in pieces, for the MedlinePlus XML itself or its .zip. `onBytes` reports how
 * much of the file has been read, for the progress bar.
 */
export async function* fileText(file: File, onBytes: (read: number, total: number) => void): AsyncGenerator<string> {
  if (file.size > MAX_LIBRARY_FILE_BYTES) throw new LibraryFileError('too-large', 'The chosen file is far larger than a MedlinePlus file');
  const { blob, deflated } = await xmlPart(file);
  let read = 0;
  const counted = blob.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        onBytes(read, blob.size);
        controller.enqueue(chunk);
      },
    }),
  );
  const bytes = deflated ? counted.pipeThrough(new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>) : counted;
  const reader = bytes.getReader();
  // Fatal: a file that is not UTF-8 text is not a MedlinePlus file.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield decode(decoder, value);
    }
    yield decode(decoder);
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}

/** The date in a MedlinePlus file name (mplus_topics_2026-11-28.xml), if it has one. */
export function dateInFileName(name: string): string | undefined {
  return /(\d{4}-\d{2}-\d{2})\.(?:xml|zip)$/i.exec(name)?.[1];
}
