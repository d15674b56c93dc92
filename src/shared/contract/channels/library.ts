import { z } from 'zod';
import { invoke, stream } from '../define';
import { ChosenToken, DialogWords } from './nativeDialogs';

/** The most text one download event carries; the XML arrives in pieces of this size, in order. */
export const LIBRARY_TEXT_CHUNK = 512 * 1024;

/** What a library download or file read reports: bytes as they arrive (or are read), then the file's text in order. */
export const LibraryDownloadEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('progress'), receivedBytes: z.number().nonnegative(), totalBytes: z.number().nonnegative().nullable() }),
  z.object({
    kind: z.literal('text'),
    index: z.number().int().nonnegative(),
    text: z.string().max(LIBRARY_TEXT_CHUNK),
    /** Reading a chosen file: how many of its bytes had been read when this piece was decoded, so the bar follows the topics being read, not main's read-ahead. */
    sourceBytes: z.number().int().nonnegative().optional(),
  }),
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

/** A library file the person chose: main holds its path; the renderer gets a token to read it by. */
export const ChosenLibraryFile = z.object({
  token: ChosenToken,
  sizeBytes: z.number().int().nonnegative(),
  /** The date in the file's name (mplus_topics_2026-11-28.xml), else the day it was last changed: the facts' date when the XML gives none. */
  fileDate: z.iso.date(),
});
export type ChosenLibraryFile = z.infer<typeof ChosenLibraryFile>;

const chosenFile = z.discriminatedUnion('chosen', [z.object({ chosen: z.literal(false) }), ChosenLibraryFile.extend({ chosen: z.literal(true) })]);

/**
 * The public-domain health library. `download` fetches MedlinePlus's current health-topics file once,
 * when the person asks: main reads the official XML files page, downloads the compressed file it links,
 * and streams the XML text back. Nothing about the person is sent: no query, no cookies, no referrer.
 */
export const libraryChannels = {
  download: stream({ request: z.object({}).strict(), event: LibraryDownloadEvent, result: LibraryDownloadResult }),
  /**
   * The open dialog for MedlinePlus's health-topics file (.xml, or the .zip it comes in), e.g. on a USB stick.
   * A file larger than a MedlinePlus file could be is refused here (`file-too-large`), before any of it is read.
   */
  chooseFile: invoke({ request: DialogWords, result: chosenFile }),
  /** Reads the chosen file in main (unzipping it when it is the .zip) and streams its XML text in order, with progress; cancel by request id. */
  readFile: stream({ request: z.object({ token: ChosenToken }).strict(), event: LibraryDownloadEvent, result: z.object({ chunks: z.number().int().nonnegative() }) }),
};
