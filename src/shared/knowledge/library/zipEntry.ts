// Just enough of the ZIP format to find the one XML file in MedlinePlus's compressed download
// (mplus_topics_compressed_YYYY-MM-DD.zip) or in a .zip a person copied: the end-of-central-directory
// record, the central directory's entries, and where an entry's data starts. Inflating is the caller's
// (node:zlib in main, DecompressionStream in the renderer). Pure byte arithmetic; no I/O.
import { LibraryFileError } from './medlinePlusXml';

/** One file inside a ZIP. */
export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflate. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end record plus the longest comment a ZIP may carry: the tail to read to find it. */
export const ZIP_TAIL_BYTES = 22 + 0xffff;

const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const utf8 = new TextDecoder();

/** True when the bytes start like a ZIP (a local file header). */
export function looksLikeZip(head: Uint8Array): boolean {
  return head.length >= 4 && view(head).getUint32(0, true) === LOCAL;
}

/** Finds the central directory from the file's last bytes: its offset and size in the whole file. */
export function centralDirectory(tail: Uint8Array): { readonly offset: number; readonly size: number; readonly count: number } {
  const v = view(tail);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (v.getUint32(i, true) !== EOCD) continue;
    return { count: v.getUint16(i + 10, true), size: v.getUint32(i + 12, true), offset: v.getUint32(i + 16, true) };
  }
  throw new LibraryFileError('not-xml', 'The ZIP file has no end-of-central-directory record');
}

/** The entries listed in a central directory. */
export function zipEntries(directory: Uint8Array, count: number): ZipEntry[] {
  const v = view(directory);
  const out: ZipEntry[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || v.getUint32(at, true) !== CENTRAL) throw new LibraryFileError('not-xml', 'The ZIP central directory is damaged');
    const nameLength = v.getUint16(at + 28, true);
    const extraLength = v.getUint16(at + 30, true);
    const commentLength = v.getUint16(at + 32, true);
    out.push({
      method: v.getUint16(at + 10, true),
      compressedSize: v.getUint32(at + 20, true),
      uncompressedSize: v.getUint32(at + 24, true),
      localHeaderOffset: v.getUint32(at + 42, true),
      name: utf8.decode(directory.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/** The single .xml entry (MedlinePlus's archive holds exactly one); refuses anything else. */
export function xmlEntry(entries: readonly ZipEntry[]): ZipEntry {
  const xml = entries.filter((e) => /\.xml$/i.test(e.name) && !e.name.includes('..'));
  if (xml.length !== 1) throw new LibraryFileError('not-medlineplus', `The ZIP holds ${xml.length} XML files; a MedlinePlus download holds one`);
  const entry = xml[0]!;
  if (entry.method !== 0 && entry.method !== 8) throw new LibraryFileError('not-xml', `The ZIP entry uses compression method ${entry.method}`);
  return entry;
}

/** Where an entry's data starts, from its local header (whose name and extra lengths may differ from the directory's). */
export function dataOffset(localHeader: Uint8Array, entry: ZipEntry): number {
  const v = view(localHeader);
  if (localHeader.length < 30 || v.getUint32(0, true) !== LOCAL) throw new LibraryFileError('not-xml', 'The ZIP local header is damaged');
  return entry.localHeaderOffset + 30 + v.getUint16(26, true) + v.getUint16(28, true);
}

/** The compressed bytes of the XML entry of a whole ZIP held in memory (main's download). */
export function xmlEntryBytes(zip: Uint8Array): { readonly entry: ZipEntry; readonly data: Uint8Array } {
  const tail = zip.subarray(Math.max(0, zip.length - ZIP_TAIL_BYTES));
  const dir = centralDirectory(tail);
  if (dir.offset + dir.size > zip.length) throw new LibraryFileError('not-xml', 'The ZIP file is cut short');
  const entry = xmlEntry(zipEntries(zip.subarray(dir.offset, dir.offset + dir.size), dir.count));
  const start = dataOffset(zip.subarray(entry.localHeaderOffset, entry.localHeaderOffset + 30 + 0xffff * 2), entry);
  if (start + entry.compressedSize > zip.length) throw new LibraryFileError('not-xml', 'The ZIP file is cut short');
  return { entry, data: zip.subarray(start, start + entry.compressedSize) };
}
