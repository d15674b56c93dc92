import { describe, expect, it } from 'vitest';
import { BACKGROUNDS, backgroundLinesFor, IDENTITY_EXTRAS, regionOf, STAFF_NOTES, STUDY_NOTES, STUDY_YEARS } from './backgrounds';
import { Culture } from './names';
import { fill } from './text';

describe('backgrounds', () => {
  it('maps countries to regions', () => {
    expect(regionOf('US')).toBe('us');
    expect(regionOf('GB')).toBe('uk');
    expect(regionOf('ES')).toBe('es');
    expect(regionOf('MX')).toBe('latam');
    expect(regionOf('NZ')).toBe('oceania');
    expect(regionOf('INTL')).toBe('other');
  });

  it('offers every culture at least one line in every region', () => {
    for (const culture of Culture.options) {
      for (const region of ['us', 'uk', 'es', 'latam', 'oceania', 'other'] as const) expect(backgroundLinesFor(culture, region).length).toBeGreaterThan(0);
    }
  });

  it('prefers lines that fit the region', () => {
    const uk = backgroundLinesFor('black', 'uk');
    expect(uk.every((l) => l.regions.includes('uk') || l.regions.includes('any'))).toBe(true);
  });

  it('fills every line in both languages and genders, within 200 characters', () => {
    const lines = [...Object.values(BACKGROUNDS).flat(), ...Object.values(IDENTITY_EXTRAS).flat(), ...STAFF_NOTES, ...STUDY_YEARS];
    for (const line of lines) {
      for (const language of ['en', 'es'] as const) {
        for (const gender of ['woman', 'man', 'nonbinary'] as const) {
          const text = fill(line[language], gender);
          expect(text, line.en).not.toMatch(/[{}]/);
          expect(text.length).toBeLessThanOrEqual(200);
        }
      }
    }
    for (const note of STUDY_NOTES) expect(fill(note.en, 'woman', { year: 'first year' })).not.toMatch(/[{}]/);
  });
});
