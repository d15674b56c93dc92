import { describe, expect, it } from 'vitest';
import { CrisisLines, PageDate } from './crisisLinesSchema';
import { countryFromLocale, helpForCountry, linesOfKind, sourcesFor } from './crisisLines';
import crisisJson from '@resources/crisis-lines.json';

const data = CrisisLines.parse(crisisJson);

describe('countryFromLocale', () => {
  it.each([
    ['es-MX', 'MX'], ['en_GB.UTF-8', 'GB'], ['zh-Hant-TW', 'TW'], ['en-us', 'US'], ['fr', undefined], ['es-419', undefined], ['', undefined], [undefined, undefined],
  ])('%s → %s', (locale, country) => expect(countryFromLocale(locale)).toBe(country));
});

describe('helpForCountry', () => {
  it('gives the US entry with 988 (including Spanish), poison help, the abuse hotline and 911', () => {
    const help = helpForCountry(data, 'us');
    if (!help.covered) throw new Error('US should be covered');
    expect(help.emergency).toBe('911');
    expect(help.lines.find((l) => l.id === 'us-988')).toMatchObject({ call: '988', text: { number: '988' } });
    expect(help.lines.some((l) => l.languages.includes('es'))).toBe(true);
    expect(linesOfKind(help.lines, 'poison')[0]?.call).toBe('1-800-222-1222');
    expect(linesOfKind(help.lines, 'abuse')).toHaveLength(1);
    expect(sourcesFor(data, help.entry.emergencySources)[0]?.url).toMatch(/^https:\/\//);
  });

  it('falls back to the emergency hint and directories for a country it does not cover', () => {
    const help = helpForCountry(data, 'JP');
    expect(help.covered).toBe(false);
    if (help.covered) return;
    expect(help.country).toBe('JP');
    expect(help.emergencyHint).toMatch(/emergency number/);
    expect(help.lines.every((l) => l.kind === 'directory')).toBe(true);
  });

  it('falls back when no country is known', () => {
    expect(helpForCountry(data, undefined).covered).toBe(false);
  });

  it('covers at least 24 countries, including the Spanish- and Portuguese-speaking ones Hearth has users in', () => {
    expect(data.countries.length).toBeGreaterThanOrEqual(24);
    for (const locale of ['es-ES', 'es-MX', 'es-AR', 'es-CO', 'es-PE', 'pt-BR', 'pt-PT', 'en-IN', 'fil-PH']) {
      expect(helpForCountry(data, countryFromLocale(locale)).covered, locale).toBe(true);
    }
  });
});

describe('every country in the crisis data', () => {
  it.each(data.countries.map((c) => [c.country, c] as const))('%s has a cited emergency number and at least one cited line', (_code, entry) => {
    expect(entry.emergency).toMatch(/\d/);
    const emergencySources = sourcesFor(data, entry.emergencySources);
    expect(emergencySources.length).toBeGreaterThan(0);
    expect(emergencySources).toHaveLength(entry.emergencySources.length);
    expect(entry.lines.length).toBeGreaterThan(0);
    for (const line of entry.lines) {
      const cited = sourcesFor(data, line.sources);
      expect(cited.length, line.id).toBeGreaterThan(0);
      expect(cited, line.id).toHaveLength(line.sources.length);
      expect(line.call ?? line.text ?? line.chat ?? line.website, line.id).toBeDefined();
    }
  });
});

describe('corrections from issue 15', () => {
  const lineById = (id: string) => data.countries.flatMap((c) => c.lines).find((l) => l.id === id);

  it('links the 988 chat to the Lifeline site, not to the "what to expect" page', () => {
    expect(lineById('us-988')?.chat).toBe('https://988lifeline.org/');
  });

  it('does not make the Crisis Text Line depend on a keyword no current page confirms', () => {
    expect(lineById('us-crisis-text-line')?.text).toEqual({ number: '741741' });
  });

  it('gives the Netherlands both 113 and 0800-0113, with the 113 site rather than a school-project page', () => {
    expect(lineById('nl-113')).toMatchObject({ call: '113', chat: 'https://www.113.nl' });
    expect(lineById('nl-113')?.website).toBeUndefined();
    expect(lineById('nl-113-0800')?.call).toBe('0800-0113');
  });

  it('shows the 1813 chat hours in force since December 2021', () => {
    expect(lineById('be-1813')?.hours).toContain('17:00–24:00');
  });

  it('cites the 113 line first to a news page confirming 113 and the 113.nl chat, not to the school-project page', () => {
    expect(lineById('nl-113')?.sources[0]).toBe('nl-0800-0113');
    expect(sourcesFor(data, ['nl-0800-0113'])[0]?.url).toMatch(/^https:\/\/www\.nu\.nl\//);
  });

  it("gives Finland MIELI's own numbers: English 09 2525 0116 on Fridays 9–13, Swedish 09 2525 0112, Finnish 09 2525 0111", () => {
    expect(lineById('fi-mieli-english')).toMatchObject({ call: '09 2525 0116', hours: 'Fridays 9:00–13:00', languages: ['en'] });
    expect(lineById('fi-mieli-swedish')).toMatchObject({ call: '09 2525 0112', languages: ['sv'] });
    expect(lineById('fi-mieli-finnish')?.call).toBe('09 2525 0111');
    // mentalhealth.fi's conflicting 0113 English line stays out.
    expect(data.countries.find((c) => c.country === 'FI')?.lines.some((l) => l.call === '09 2525 0113')).toBe(false);
  });

  it("gives South Africa SADAG's 24-hour Suicide Crisis Helpline and the Cipla line with its SMS number, cited to a sadag.org page", () => {
    expect(lineById('za-sadag-suicide-crisis')).toMatchObject({ call: '0800 567 567', hours: '24 hours a day' });
    expect(lineById('za-sadag-cipla-helpline')).toMatchObject({ call: '0800 456 789', text: { number: '31393' }, hours: '24 hours a day' });
    expect(sourcesFor(data, lineById('za-sadag-cipla-helpline')?.sources ?? [])[0]?.url).toMatch(/^https:\/\/(www\.)?sadag\.org\//);
  });
});

describe('page dates of crisis-line sources', () => {
  it.each(['2019', '2021-11', '2016-09-14', '2024-02-29'])('accepts %s', (d) => expect(PageDate.safeParse(d).success).toBe(true));
  it.each(['2023-02-30', '2023-13', '2021-11-1', '14/09/2016', 'Sep 2016', ''])('refuses %s', (d) => expect(PageDate.safeParse(d).success).toBe(false));

  it('records the date the Crisis Text Line page carries, so its age is never hidden by a recent check', () => {
    expect(sourcesFor(data, ['nami-crisis-text'])[0]).toMatchObject({ pageDate: '2016-09-14' });
  });

  it("never dates a page after the day we checked it", () => {
    for (const s of data.sources) {
      if (s.pageDate !== undefined) expect(s.pageDate <= s.checked, s.id).toBe(true);
    }
  });
});
