// Issue 14's rule, kept by a test: every file the person opens or saves goes through main's native
// dialogs, in their language (files.*, library.chooseFile, modelFile.*). The renderer has no file input,
// no download link and no object URL to hand a file to the browser; main refuses downloads as well.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, sourceFiles, withoutComments } from './sourceFiles';

const root = repoRoot;



describe('files go through main', () => {
  it('the renderer has no file input, download link or object URL', () => {
    const browserFiles = /type=["']file["']|\.download\s*=|\bdownload=|createObjectURL|showOpenFilePicker|showSaveFilePicker/;
    const offenders = sourceFiles(join(root, 'src/renderer'))
      .filter((file) => browserFiles.test(withoutComments(readFileSync(file, 'utf8'))))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('main refuses any download the page might still start', () => {
    expect(withoutComments(readFileSync(join(root, 'src/main/electron/sessionSecurity.ts'), 'utf8'))).toMatch(/on\('will-download',\s*\(event\)\s*=>\s*event\.preventDefault\(\)\)/);
  });
});
