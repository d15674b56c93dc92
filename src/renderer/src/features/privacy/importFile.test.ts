import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../../shared/exchange';
import { readImportFile } from './importFile';
import { exportFileName } from '../../services/saveFile';

describe('import and export files', () => {
  it('refuses a file larger than a Hearth group could be before reading any of it', async () => {
    let read = false;
    const huge = { size: MAX_IMPORT_BYTES + 1, text: async () => ((read = true), '') };
    await expect(readImportFile(huge)).resolves.toEqual({ ok: false, problem: { code: 'too-large' } });
    expect(read).toBe(false);
    const small = { size: 2, text: async () => ((read = true), '{}') };
    await expect(readImportFile(small)).resolves.toMatchObject({ ok: false, problem: { code: 'not-a-hearth-export' } });
    expect(read).toBe(true);
  });

  it('names exported files by date only, never by the group or its condition', () => {
    const at = new Date('2026-03-04T22:10:00Z');
    expect(exportFileName(at, 'md')).toBe('hearth-export-2026-03-04.md');
    expect(exportFileName(at, 'json')).toBe('hearth-export-2026-03-04.json');
  });
});
