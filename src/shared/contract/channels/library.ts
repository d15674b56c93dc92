import { z } from 'zod';
import { stream } from '../define';

/** The most text one download event carries; the XML arrives in pieces of this size, in order. */
export const LIBRARY_TEXT_CHUNK = 512 * 1024;

/** What a library download reports: bytes as they arrive, then the file's text in order. */
export const LibraryDownloadEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('progress'), receivedBytes: z.number().nonnegative(), totalBytes: z.number().nonnegative().nullable() }),
  z.object({ kind: z.literal('text'), index: z.number().int().nonnegative(), text: z.string().max(LIBRARY_TEXT_CHUNK) }),
]);
export type LibraryDownloadEvent = z.infer<typeof LibraryDownloadEvent>;

/** Where the file came from and how many text events carried it. */
export const LibraryDownloadResult = z.object({
  url: z.url({ protocol: /^https?$/ }),
  /** The date in the file's name (YYYY-MM-DD). */
  fileDate: z.iso.date(),
  compressedBytes: z.number().int().nonnegative(),
  chunks: z.number().int().nonnegative(),
});
export type LibraryDownloadResult = z.infer<typeof LibraryDownloadResult>;

/**
 * The public-domain health library. `download` fetches MedlinePlus's current health-topics file once,
 * when the person asks: main reads the official XML files page, downloads the compressed file it links,
 * and streams the XML text back. Nothing about the person is sent: no query, no cookies, no referrer.
 */
export const libraryChannels = {
  download: stream({ request: z.object({}).strict(), event: LibraryDownloadEvent, result: LibraryDownloadResult }),
};
