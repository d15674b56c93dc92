import { MAX_IMPORT_BYTES, parseGroupExport, type GroupExport, type ImportResult } from '../../../../shared/exchange';

/**
 * Reads a chosen import file, checking its size first: a file too large to be a Hearth group is
 * refused before a single byte of it is read into memory.
 */
export async function readImportFile(file: Pick<Blob, 'size' | 'text'>): Promise<ImportResult<GroupExport>> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problem: { code: 'too-large' } };
  return parseGroupExport(await file.text());
}
