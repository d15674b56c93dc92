import { z } from 'zod';
import { invoke } from '../define';
import { DialogWords } from './nativeDialogs';

/**
 * The most text one file carries across IPC, either way: a group file may be no larger than this to be
 * brought back (the same 128 MiB as the import's own limit, MAX_IMPORT_BYTES, which a test keeps equal).
 */
export const MAX_FILE_TEXT = 128 * 1024 * 1024;

/** What a saved file holds: its filter in the save dialog and its extension follow from this. */
export const SavedFileKind = z.enum(['markdown', 'json']);
export type SavedFileKind = z.infer<typeof SavedFileKind>;

/** The extension each kind of saved file gets. */
export const SAVED_FILE_EXTENSION: Readonly<Record<SavedFileKind, string>> = { markdown: 'md', json: 'json' };

/**
 * The name the save dialog proposes: which Hearth file and a date, nothing else. A name shows in recent
 * files, download lists and backups, so a group's title or condition may never be in it.
 */
export const NeutralFileName = z.string().regex(/^(hearth-export|questions)-\d{4}-\d{2}-\d{2}\.(md|json)$/);

/** A request to save text: the dialog's words, the proposed name and what the file holds. */
export const SaveTextRequest = z
  .object({
    words: DialogWords,
    suggestedName: NeutralFileName,
    kind: SavedFileKind,
    text: z.string().max(MAX_FILE_TEXT),
  })
  .strict()
  .refine((r) => r.suggestedName.endsWith(`.${SAVED_FILE_EXTENSION[r.kind]}`), { message: 'The name must end with the extension of its kind', path: ['suggestedName'] });
export type SaveTextRequest = z.infer<typeof SaveTextRequest>;

const opened = z.discriminatedUnion('chosen', [z.object({ chosen: z.literal(false) }), z.object({ chosen: z.literal(true), text: z.string().max(MAX_FILE_TEXT) })]);
// Where the file went: its name and the full path of its folder (together, its full path), so the
// person can find it again. Shown on screen only; main's failure notes never carry either.
const saved = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), fileName: z.string().min(1).max(255), folder: z.string().min(1).max(4096) }),
]);

/**
 * Files the person brings in or takes out, through main's native dialogs in the person's language.
 * Cancelling a dialog is a normal answer (`chosen: false`, `saved: false`), not an error. The renderer
 * never names a path: main asks, reads and writes. Errors: `file-too-large`, `file-unreadable`,
 * `unexpected-file` (not text, so not a Hearth file) when opening; `disk-full`, `not-allowed` (no
 * permission there) and `file-not-saved` when saving.
 */
export const filesChannels = {
  /** "Bring back a group": the open dialog for a Hearth group file; main checks its size before reading it, then returns its text. */
  openGroup: invoke({ request: DialogWords, result: opened }),
  /** The save dialog, proposing a neutral name; main writes the text where the person chose, whole or not at all. */
  saveText: invoke({ request: SaveTextRequest, result: saved }),
};
