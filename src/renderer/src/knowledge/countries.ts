import type { CrisisLines } from '@shared/knowledge/crisisLinesSchema';
import type { PackIndexEntry } from '@shared/knowledge/packIndex';

/** A country the person can choose, named in the interface language. */
export interface CountryChoice {
  readonly code: string;
  readonly name: string;
}

/**
 * Countries Hearth has something for (checked crisis lines or support organisations), plus the one
 * the system says, sorted by name; "INTL" (somewhere else) last. Names come from Intl.DisplayNames
 * so they follow the interface language without a catalogue of our own.
 */
export function countryChoices(crisisLines: CrisisLines, packIndex: readonly PackIndexEntry[], systemCountry: string, language: string): CountryChoice[] {
  const codes = new Set<string>(crisisLines.countries.map((c) => c.country));
  // The pack index carries each pack's organisation countries, so no pack is loaded for this list.
  for (const entry of packIndex) for (const country of entry.countries) codes.add(country);
  if (systemCountry !== 'INTL') codes.add(systemCountry);
  codes.delete('INTL');
  const names = new Intl.DisplayNames([language], { type: 'region' });
  return [...codes]
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}
