// Issue 14's rule, kept by a test: every file the person opens or saves goes through main's native
// dialogs, in their language (files.*, library.chooseFile, modelFile.*). The renderer has no file input,
// no download link and no object URL to hand a file to the browser; main refuses downloads as well.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The code without its comments (a comment may name what it replaced). */
const withoutComments = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

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
