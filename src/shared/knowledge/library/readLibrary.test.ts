import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateTopicsXml } from '@tests/fixtures/medlineplus/generateTopics';
import { LibraryFileError } from './medlinePlusXml';
import { readLibrary, textChunks } from './readLibrary';
import { LIBRARY_PUBLISHER, LibraryTopic } from './libraryTopic';
import { sentenceCaseTitle, topicPack } from './topicPack';
import { flattenPack } from '../flattenPack';

const fixture = readFileSync(new URL('../../../../tests/fixtures/medlineplus/health-topics.xml', import.meta.url), 'utf8');
const read = (xml: string, size?: number) => readLibrary(textChunks(xml, size), { fallbackDate: '2026-12-01' });
const problem = async (xml: string): Promise<string> => {
  try {
    await read(xml);
    return 'none';
  } catch (error) {
    return error instanceof LibraryFileError ? error.problem : String(error);
  }
};

describe('readLibrary (MedlinePlus health-topics XML)', () => {
  it('reads the valid topics of the fixture in both languages and skips the invalid ones', async () => {
    const lib = await read(fixture);
    expect(lib.topics.map((t) => [t.id, t.language, t.title])).toEqual([
      ['medlineplus-900001', 'en', 'High Blood Pressure'],
      ['medlineplus-900002', 'es', 'Presión arterial alta'],
      ['medlineplus-900003', 'en', 'Gout'],
      ['medlineplus-900004', 'es', 'Gota'],
      ['medlineplus-900005', 'en', 'Asthma'],
      ['medlineplus-900008', 'en', 'Shingles'],
      ['medlineplus-900009', 'es', 'Culebrilla'],
    ]);
    expect(lib.skipped).toBe(2);
    expect(lib.header).toEqual({ generated: '2026-11-28', total: 9 });
    expect(lib.topics.every((t) => LibraryTopic.safeParse(t).success)).toBe(true);
  });

  it('keeps names, groups and the other-language topic, and never the site records', async () => {
    const [hbp] = (await read(fixture)).topics;
    expect(hbp?.names).toEqual(['Hypertension', 'HBP', 'Raised blood pressure']);
    expect(hbp?.groups).toEqual(['Heart and Circulation']);
    expect(hbp?.mappedId).toBe('medlineplus-900002');
    expect(hbp?.url).toBe('https://medlineplus.gov/highbloodpressure.html');
    expect(JSON.stringify(hbp)).not.toContain('never be imported');
  });

  it('splits each summary into facts dated with the file, under their headings', async () => {
    const [hbp] = (await read(fixture)).topics;
    expect(hbp?.checked).toBe('2026-11-28');
    expect(hbp?.facts.map((f) => f.section)).toEqual(['What is high blood pressure?', 'What are the symptoms?', 'What are the symptoms?', 'How is it treated?']);
    expect(hbp?.facts[1]?.text).toBe('It often causes no symptoms, so many people feel well and do not know they have it.');
    expect(hbp?.facts[2]?.text).toBe('A few people notice: headaches; feeling tired.');
    expect(hbp?.facts[3]?.text).toMatch(/^Treatment can include eating less salt, .* prescribes\. Checking your blood pressure/);
  });

  it('reads the same topics however the file is cut into chunks', async () => {
    const whole = await read(fixture, fixture.length);
    const tiny = await read(fixture, 7);
    expect(tiny.topics).toEqual(whole.topics);
  });

  it('uses the fallback date when the file does not say when it was generated', async () => {
    const lib = await read(fixture.replace(' date-generated="11/28/2026 06:12:40"', ''));
    expect(lib.checked).toBe('2026-12-01');
    expect(lib.topics[0]?.checked).toBe('2026-12-01');
  });

  it('refuses what is not a MedlinePlus health-topics file, saying why', async () => {
    expect(await problem('{"not": "xml"}')).toBe('not-xml');
    expect(await problem('<?xml version="1.0"?><rss><channel/></rss>')).toBe('not-medlineplus');
    expect(await problem('<health-topics total="0"></health-topics>')).toBe('no-topics');
    expect(await problem(fixture.slice(0, fixture.length / 2))).toBe('not-xml');
    expect(await problem('<!DOCTYPE h [<!ENTITY a "aaaaaaaaaa">]><health-topics>&a;</health-topics>')).toBe('unsafe');
  });

  it('refuses a topic URL that is not on medlineplus.gov, leaving that topic out', async () => {
    const lib = await read(fixture.replace('url="https://medlineplus.gov/gout.html" id="900003"', 'url="https://evil.example/gout.html" id="900003"'));
    expect(lib.topics.map((t) => t.id)).not.toContain('medlineplus-900003');
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the person'));
    await expect(readLibrary(textChunks(fixture), { fallbackDate: '2026-12-01', signal: controller.signal })).rejects.toThrow('cancelled by the person');
  });

  it('reads a generated file of 1,000 topics, English and Spanish, every one with facts', async () => {
    const lib = await read(generateTopicsXml(1000));
    expect(lib.topics).toHaveLength(1000);
    expect(lib.topics.filter((t) => t.language === 'es')).toHaveLength(500);
    expect(lib.topics.every((t) => t.facts.length >= 4 && t.mappedId)).toBe(true);
  });
});

describe('a library topic as a pack', () => {
  it('reads its Title Case title in sentence case, keeping acronyms and possessive names', () => {
    expect(sentenceCaseTitle('High Blood Pressure')).toBe('High blood pressure');
    expect(sentenceCaseTitle("Parkinson's Disease")).toBe("Parkinson's disease");
    expect(sentenceCaseTitle('Living with HIV/AIDS')).toBe('Living with HIV/AIDS');
    expect(sentenceCaseTitle('COVID-19 Vaccines')).toBe('COVID-19 vaccines');
    expect(sentenceCaseTitle('Presión arterial alta')).toBe('Presión arterial alta');
  });

  it('cites the topic page with the MedlinePlus attribution and invents no demographic figure', async () => {
    const [hbp] = (await read(fixture)).topics;
    const pack = topicPack(hbp!);
    expect(pack.sources).toEqual([{ id: 'medlineplus-topic', title: 'High Blood Pressure', publisher: LIBRARY_PUBLISHER, url: 'https://medlineplus.gov/highbloodpressure.html', checked: '2026-11-28' }]);
    expect(pack.demographics).toEqual({ notes: [] });
    expect(pack.treatments).toEqual([]);
    expect(pack.organisations).toEqual([]);
    const flat = flattenPack(pack, 'library');
    expect(flat).toHaveLength(hbp!.facts.length);
    expect(new Set(flat.map((f) => f.key)).size).toBe(flat.length);
    expect(flat.every((f) => f.origin === 'library' && f.sources[0]?.publisher === LIBRARY_PUBLISHER)).toBe(true);
    expect(pack.experiences.map((f) => f.id)).toContain('s2');
  });
});
