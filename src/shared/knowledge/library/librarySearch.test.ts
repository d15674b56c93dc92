import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { libraryEntry } from './libraryTopic';
import { LibrarySearch } from './librarySearch';
import { readLibrary, textChunks } from './readLibrary';

const xml = readFileSync(new URL('../../../../tests/fixtures/medlineplus/health-topics.xml', import.meta.url), 'utf8');
const search = async (): Promise<LibrarySearch> => new LibrarySearch((await readLibrary(textChunks(xml), { fallbackDate: '2026-12-01' })).topics.map(libraryEntry));

describe('LibrarySearch', () => {
  it('finds a topic by title, "also called" name or a typo, in the person’s language', async () => {
    const s = await search();
    expect(s.search('hypertension', 'en')[0]).toMatchObject({ packId: 'medlineplus-900001', name: 'High Blood Pressure', language: 'en' });
    expect(s.search('hipertensión', 'es')[0]).toMatchObject({ packId: 'medlineplus-900002', language: 'es' });
    expect(s.search('gout', 'en')[0]?.packId).toBe('medlineplus-900003');
    expect(s.search('gotu', 'en')[0]?.packId).toBe('medlineplus-900003');
  });

  it('falls back to the other language only when the person’s has nothing', async () => {
    const s = await search();
    expect(s.search('gota', 'es')[0]).toMatchObject({ packId: 'medlineplus-900004', language: 'es' });
    expect(s.search('asthma', 'es')[0]).toMatchObject({ packId: 'medlineplus-900005', language: 'en' });
    expect(s.search('zzzz', 'en')).toEqual([]);
  });
});
