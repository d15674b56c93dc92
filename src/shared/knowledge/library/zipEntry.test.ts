import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeZip } from '@tests/fixtures/medlineplus/makeZip';
import { LibraryFileError } from './medlinePlusXml';
import { looksLikeZip, xmlEntryBytes } from './zipEntry';

const xml = readFileSync(new URL('../../../../tests/fixtures/medlineplus/health-topics.xml', import.meta.url), 'utf8');
const problemOf = (zip: Uint8Array): string => {
  try {
    xmlEntryBytes(zip);
    return 'none';
  } catch (error) {
    return error instanceof LibraryFileError ? error.problem : String(error);
  }
};

describe('zipEntry', () => {
  it('finds the one XML file in a deflated archive', () => {
    const zip = makeZip([{ name: 'mplus_topics_2026-11-28.xml', text: xml }]);
    expect(looksLikeZip(zip)).toBe(true);
    const { entry, data } = xmlEntryBytes(zip);
    expect(entry.name).toBe('mplus_topics_2026-11-28.xml');
    expect(entry.method).toBe(8);
    expect(inflateRawSync(data).toString('utf8')).toBe(xml);
  });

  it('reads a stored (uncompressed) entry too, and skips other files', () => {
    const zip = makeZip([{ name: 'readme.txt', text: 'hello' }, { name: 'topics.xml', text: xml }], { stored: true });
    const { entry, data } = xmlEntryBytes(zip);
    expect(entry.method).toBe(0);
    expect(Buffer.from(data).toString('utf8')).toBe(xml);
  });

  it('refuses an archive with no XML, two XML files, or cut short', () => {
    expect(problemOf(makeZip([{ name: 'a.txt', text: 'x' }]))).toBe('not-medlineplus');
    expect(problemOf(makeZip([{ name: 'a.xml', text: xml }, { name: 'b.xml', text: xml }]))).toBe('not-medlineplus');
    const zip = makeZip([{ name: 'topics.xml', text: xml }]);
    expect(problemOf(zip.subarray(0, zip.length - 30))).toBe('not-xml');
    expect(looksLikeZip(new TextEncoder().encode('<?xml'))).toBe(false);
  });
});
