import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFailure, writeFailure } from './fileFailures';
import { readTextFile, writeTextFile } from './textFiles';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-text-files-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reading a chosen text file', () => {
  it('reads UTF-8 text whole, without its byte-order mark', async () => {
    const path = join(dir, 'group.json');
    await writeFile(path, '\uFEFF{"format":"hearth.group","name":"Añoranza ✓"}');
    await expect(readTextFile(path, 1000)).resolves.toBe('{"format":"hearth.group","name":"Añoranza ✓"}');
  });

  it('refuses a file over the limit from its size alone (a sparse file of 1 GiB answers at once)', async () => {
    const path = join(dir, 'huge.json');
    await writeFile(path, '');
    await truncate(path, 1024 ** 3);
    await expect(readTextFile(path, 128 * 1024 * 1024)).rejects.toMatchObject({ code: 'file-too-large' });
    const exact = join(dir, 'exact.json');
    await writeFile(exact, 'x'.repeat(10));
    await expect(readTextFile(exact, 10)).resolves.toHaveLength(10);
    await writeFile(exact, 'x'.repeat(11));
    await expect(readTextFile(exact, 10)).rejects.toMatchObject({ code: 'file-too-large' });
  });

  it('calls bytes that are not UTF-8 an unexpected file, and a missing file or a folder unreadable', async () => {
    const binary = join(dir, 'photo.json');
    await writeFile(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]));
    await expect(readTextFile(binary, 1000)).rejects.toMatchObject({ code: 'unexpected-file' });
    await expect(readTextFile(join(dir, 'gone.json'), 1000)).rejects.toMatchObject({ code: 'file-unreadable' });
    await expect(readTextFile(dir, 1000)).rejects.toMatchObject({ code: 'file-unreadable' });
  });
});

describe('writing where the person chose', () => {
  it('writes the whole text, replaces a file the person chose to overwrite, and leaves no partial file beside it', async () => {
    const path = join(dir, 'hearth-export-2026-03-04.md');
    await writeFile(path, 'an older export');
    await writeTextFile(path, '# Evenings\n\nÚnete ✓\n');
    await expect(readFile(path, 'utf8')).resolves.toBe('# Evenings\n\nÚnete ✓\n');
    expect((await readdir(dir)).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('a write that fails leaves nothing behind and says so with a next step', async () => {
    const nowhere = join(dir, 'no-such-folder', 'questions-2026-03-04.md');
    await expect(writeTextFile(nowhere, 'text')).rejects.toMatchObject({ code: 'file-not-saved', message: expect.stringMatching(/choose another place/) });
    const blocker = join(dir, 'a-file');
    await writeFile(blocker, '');
    await expect(writeTextFile(join(blocker, 'inside.md'), 'text')).rejects.toMatchObject({ code: 'file-not-saved' });
    expect((await readdir(dir)).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('tells a full disk and a refused permission apart from other failures', () => {
    const failure = (code: string) => Object.assign(new Error('x'), { code });
    expect(writeFailure(failure('ENOSPC')).code).toBe('disk-full');
    expect(writeFailure(failure('EDQUOT')).code).toBe('disk-full');
    for (const code of ['EACCES', 'EPERM', 'EROFS']) expect(writeFailure(failure(code)).code).toBe('not-allowed');
    expect(writeFailure(failure('EIO')).code).toBe('file-not-saved');
    expect(readFailure(failure('EIO')).code).toBe('file-unreadable');
    const aborted = new AbortController();
    aborted.abort();
    expect(readFailure(failure('EIO'), aborted.signal).code).toBe('cancelled');
  });

  it('never puts the path in a message (it can hold a name, a condition or a place)', () => {
    const failure = Object.assign(new Error("EACCES: permission denied, open '/home/ana/HIV/export.md'"), { code: 'EACCES', path: '/home/ana/HIV/export.md' });
    expect(writeFailure(failure).message).not.toMatch(/ana|HIV|export/);
    expect(readFailure(failure).message).not.toMatch(/ana|HIV|export/);
  });
});
