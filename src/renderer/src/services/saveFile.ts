import type { DialogWords, HearthApi, HearthError, SavedFileKind } from '@shared/contract';

/** Why a file could not be opened or saved (keys of privacy.fileProblem), each with its next step. */
export type FileProblem = 'unreadable' | 'disk-full' | 'no-permission' | 'not-saved' | 'other';

/** How a save ended: cancelling the dialog is an ordinary answer, not a problem. A saved file says where it went (for the screen only). */
export type SaveOutcome =
  | { readonly kind: 'saved'; readonly fileName: string; readonly folder: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly problem: FileProblem };

/** The problem the interface explains for a typed error from main. */
export function fileProblemOf(error: HearthError): FileProblem {
  switch (error.code) {
    case 'file-unreadable':
      return 'unreadable';
    case 'disk-full':
      return 'disk-full';
    case 'not-allowed':
      return 'no-permission';
    case 'file-not-saved':
      return 'not-saved';
    default:
      return 'other';
  }
}

/**
 * Saves text through main: the system's save dialog in the person's words, proposing `suggestedName`;
 * main writes the file where they chose. The renderer never names a path.
 */
export async function saveTextFile(
  hearth: Pick<HearthApi, 'files'>,
  file: { readonly words: DialogWords; readonly suggestedName: string; readonly kind: SavedFileKind; readonly text: string },
): Promise<SaveOutcome> {
  const answer = await hearth.files.saveText(file);
  if (!answer.ok) return { kind: 'failed', problem: fileProblemOf(answer.error) };
  return answer.value.saved ? { kind: 'saved', fileName: answer.value.fileName, folder: answer.value.folder } : { kind: 'cancelled' };
}

/**
 * A neutral file name: the date only, never the group's title or condition (a file name shows in
 * download lists, recent files and backups, where anyone may read it).
 */
export const exportFileName = (at: Date, extension: 'md' | 'json'): string => `hearth-export-${at.toISOString().slice(0, 10)}.${extension}`;
