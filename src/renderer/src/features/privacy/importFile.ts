import type { DialogWords, HearthApi } from '@shared/contract';
import { parseGroupExport, type GroupExport, type ImportResult } from '@shared/exchange';
import { fileProblemOf, type FileProblem } from '@renderer/services/saveFile';

/** How choosing a group file ended: cancelled, read (and checked), or not readable at all. */
export type GroupFileRead =
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'read'; readonly parsed: ImportResult<GroupExport> }
  | { readonly kind: 'failed'; readonly problem: FileProblem };

/**
 * "Bring back a group": main's open dialog in the person's words. Main checks the file's size before
 * reading any of it and hands back its text, which is checked here as a Hearth group file.
 */
export async function openGroupFile(hearth: Pick<HearthApi, 'files'>, words: DialogWords): Promise<GroupFileRead> {
  const answer = await hearth.files.openGroup(words);
  if (!answer.ok) {
    // Too large, or not text at all: the same explanations as a file that fails the group check.
    if (answer.error.code === 'file-too-large') return { kind: 'read', parsed: { ok: false, problem: { code: 'too-large' } } };
    if (answer.error.code === 'unexpected-file') return { kind: 'read', parsed: { ok: false, problem: { code: 'not-a-hearth-export' } } };
    return { kind: 'failed', problem: fileProblemOf(answer.error) };
  }
  return answer.value.chosen ? { kind: 'read', parsed: parseGroupExport(answer.value.text) } : { kind: 'cancelled' };
}
