// What went wrong with a file the person chose, as the typed failures the interface explains. The
// messages are safe to show and name no path: a path can hold a name, a condition or a place.
import { HearthFailure } from '@shared/contract';
import { isAbortError } from '../ollama/networkErrors';

const codeOf = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;

/** A chosen file larger than its kind could be; none of it was read. */
export const tooLarge = (): HearthFailure => new HearthFailure('file-too-large', 'That file is far larger than the file Hearth asked for, so Hearth did not read it. Choose another file.');

/** A chosen file that is not the kind asked for. */
export const unexpectedFile = (): HearthFailure => new HearthFailure('unexpected-file', 'That file is not the kind Hearth asked for. Choose another file.');

/** A failure while opening or reading a chosen file. */
export function readFailure(error: unknown, signal?: AbortSignal): HearthFailure {
  if (error instanceof HearthFailure) return error;
  if (signal?.aborted || isAbortError(error)) return new HearthFailure('cancelled', 'Stopped.');
  return new HearthFailure('file-unreadable', 'Hearth could not read that file. Check that it is still there (a USB stick may have been removed) and try again.');
}

/** A failure while writing a file where the person chose. */
export function writeFailure(error: unknown): HearthFailure {
  if (error instanceof HearthFailure) return error;
  const code = codeOf(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new HearthFailure('disk-full', 'There is not enough space there. Free some space or choose another place.');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new HearthFailure('not-allowed', 'Hearth may not write there. Choose another folder, such as Documents.');
  return new HearthFailure('file-not-saved', 'Hearth could not save the file there. Try again, or choose another place.');
}
