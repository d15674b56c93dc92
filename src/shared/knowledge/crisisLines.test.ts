import { describe, expect, it } from 'vitest';
import { CrisisLines } from './crisisLinesSchema';
import { countryFromLocale, helpForCountry, linesOfKind, sourcesFor } from './crisisLines';
import crisisJson from '../../../resources/crisis-lines.json';

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
});
