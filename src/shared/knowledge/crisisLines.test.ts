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

  it('covers at least 15 countries, each with an emergency number and a line', () => {
    expect(data.countries.length).toBeGreaterThanOrEqual(15);
    for (const c of data.countries) expect(c.lines.length).toBeGreaterThan(0);
    expect(helpForCountry(data, countryFromLocale('es-ES')).covered).toBe(true);
  });
});
