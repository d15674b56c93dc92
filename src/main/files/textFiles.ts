// Reading and writing the small text files the person chooses in a native dialog (a group's JSON or
// Markdown, the care questions). Nothing about their content or path is logged.
import { randomBytes } from 'node:crypto';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readFailure, tooLarge, unexpectedFile, writeFailure } from './fileFailures';

/**
 * A chosen file's text. Its size is checked before any of it is read, and the read stops one byte past
 * that size (a file that grows after the check is refused too). Not UTF-8 → `unexpected-file`.
 */
export async function readTextFile(path: string, maxBytes: number): Promise<string> {
  let bytes: Uint8Array;
  try {
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw readFailure(new Error('not a file'));
      if (info.size > maxBytes) throw tooLarge();
      // One byte more than the file's size: a file that grew after the check is seen, and refused.
      const buffer = Buffer.allocUnsafe(info.size + 1);
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      if (filled > info.size) throw readFailure(new Error('the file changed while it was read'));
      bytes = buffer.subarray(0, filled);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw readFailure(error);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw unexpectedFile();
  }
}

/**
 * Writes text where the person chose, whole or not at all: into a hidden file beside it first, then
 * renamed over it, so a full disk never leaves half a file in place of one they had.
 */
export async function writeTextFile(path: string, text: string): Promise<void> {
  const partial = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.part`);
  try {
    await writeFile(partial, text, { encoding: 'utf8', flag: 'wx' });
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw writeFailure(error);
  }
}
