import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readRendererFile } from './rendererFiles';

let root = '';
let outside = '';
beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'hearth-renderer-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<html></html>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  outside = join(base, 'secret.txt');
  writeFileSync(outside, 'secret');
});
afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

describe('readRendererFile', () => {
  it('serves files with their content type', async () => {
    const file = await readRendererFile(root, '/assets/app.js');
    expect(file).toMatchObject({ status: 200, contentType: 'text/javascript; charset=utf-8' });
  });
  it('serves index.html for the root and for in-app routes', async () => {
    expect(await readRendererFile(root, '/')).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' });
    expect(await readRendererFile(root, '/home')).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' });
  });
  it('refuses paths that escape the renderer folder', async () => {
    expect(await readRendererFile(root, '/../secret.txt')).toEqual({ status: 404 });
    expect(await readRendererFile(root, '/%2e%2e/secret.txt')).toEqual({ status: 404 });
    expect(await readRendererFile(root, '/assets/%00.js')).toEqual({ status: 404 });
    expect(await readRendererFile(root, '/%E0%A4%A')).toEqual({ status: 404 });
  });
  it('404s a missing asset', async () => {
    expect(await readRendererFile(root, '/assets/missing.js')).toEqual({ status: 404 });
  });
});
