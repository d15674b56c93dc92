import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { markerForms, scanProfile } from './profileScan';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('profile scan', () => {
  it('finds a marker in UTF-8, UTF-16LE and UTF-16BE, and a short one only as a whole stored value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'a.log'), Buffer.concat([Buffer.from('xx'), Buffer.from('HIV group', 'utf8')]));
    writeFileSync(join(dir, 'b.ldb'), Buffer.from('my flare came back', 'utf16le'));
    writeFileSync(join(dir, 'c.ldb'), Buffer.from('my flare came back', 'utf16le').swap16());
    writeFileSync(join(dir, 'd.log'), Buffer.from([0xff, 0x0f, 0x22, 0x03, 0x48, 0x49, 0x56]));
    writeFileSync(join(dir, 'e.bin'), Buffer.from('random SHIVER bytes'));
    const hits = scanProfile(dir, ['HIV group', 'my flare came back', 'HIV']).map((h) => `${h.file}:${h.marker}:${h.form}`);
    expect(hits.sort()).toEqual(['a.log:HIV group:utf8', 'b.ldb:my flare came back:utf16le', 'c.ldb:my flare came back:utf16be', 'd.log:HIV:v8-one-byte']);
    expect(markerForms('HIV').map((f) => f.form)).toEqual(['json', 'v8-one-byte', 'v8-two-byte', 'utf16le', 'utf16be']);
  });
});
