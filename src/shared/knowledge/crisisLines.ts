// Picks the crisis lines to show for the user's country. Pure and synchronous on purpose: the crisis panel
// must open at once, with no model and no network, from data bundled with the app.
import type { CountryHelp, CrisisLines, HelpLine, LineKind } from './crisisLinesSchema';
import type { Source } from './packSchema';

/** The help to show: the country's own entry, or the fallback when the country is not covered. */
export type CrisisHelp =
  | { readonly covered: true; readonly country: string; readonly name: string; readonly emergency: string; readonly lines: readonly HelpLine[]; readonly entry: CountryHelp }
  | { readonly covered: false; readonly country: string | undefined; readonly emergencyHint: string; readonly lines: readonly HelpLine[] };

/** The country's entry (case-insensitive code), or the fallback with its emergency hint and directories. */
export function helpForCountry(data: CrisisLines, countryCode: string | undefined): CrisisHelp {
  const code = countryCode?.trim().toUpperCase();
  const entry = code ? data.countries.find((c) => c.country === code) : undefined;
  if (entry) return { covered: true, country: entry.country, name: entry.name, emergency: entry.emergency, lines: entry.lines, entry };
  return { covered: false, country: code || undefined, emergencyHint: data.fallback.emergencyHint, lines: data.fallback.lines };
}

/**
 * The region of a locale tag as an ISO country code: "es-MX" → "MX", "en_GB.UTF-8" → "GB",
 * "zh-Hant-TW" → "TW". Undefined when the tag names no country ("fr", "es-419").
 */
export function countryFromLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const tag = locale.split(/[.@]/)[0] ?? '';
  const parts = tag.split(/[-_]/).slice(1);
  const region = parts.find((p) => /^[A-Za-z]{2}$/.test(p));
  return region?.toUpperCase();
}

/** The lines of one kind, in data order (e.g. the poison line for an overdose). */
export function linesOfKind(lines: readonly HelpLine[], kind: LineKind): HelpLine[] {
  return lines.filter((l) => l.kind === kind);
}

/** The sources behind a line or an emergency number, for its citation. */
export function sourcesFor(data: CrisisLines, ids: readonly string[]): Source[] {
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  return ids.map((id) => byId.get(id)).filter((s): s is Source => s !== undefined);
}
