// Reads the bundled crisis lines so that one broken entry can never take the crisis panel down.
// The build refuses a file that does not match the schema (electron.vite.config.ts), so this only
// matters for an install whose data was damaged after the build: every country, line and source
// that still parses is kept, and what was dropped is counted, never guessed at or replaced.
import { CountryHelp, CrisisLines, CrisisSource, HelpLine } from './crisisLinesSchema';

/** The emergency hint used when even the file's own fallback is unreadable: no number, no link, nothing invented. */
export const LAST_RESORT_HINT = 'If you or someone near you is in danger right now, call your local emergency number.';

/** What was read, and how many entries had to be left out. */
export interface CrisisLinesReading {
  readonly data: CrisisLines;
  /** Countries, lines and sources that did not match the schema and were left out (0 for a sound file). */
  readonly dropped: number;
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const field = (value: unknown, key: string): unknown => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);

/** The entries of `values` that parse, and how many did not. */
function keepValid<T>(values: unknown, parse: (v: unknown) => { success: true; data: T } | { success: false }): { kept: T[]; dropped: number } {
  const kept: T[] = [];
  let dropped = 0;
  for (const value of asArray(values)) {
    const parsed = parse(value);
    if (parsed.success) kept.push(parsed.data);
    else dropped += 1;
  }
  return { kept, dropped };
}

/** A country whose entry is broken keeps its emergency number and whichever of its lines still parse. */
function salvageCountry(raw: unknown): { country?: CountryHelp; dropped: number } {
  const whole = CountryHelp.safeParse(raw);
  if (whole.success) return { country: whole.data, dropped: 0 };
  const lines = keepValid(field(raw, 'lines'), (v) => HelpLine.safeParse(v));
  const partial = CountryHelp.safeParse({ ...(raw as object), lines: lines.kept });
  return partial.success ? { country: partial.data, dropped: lines.dropped } : { dropped: 1 };
}

/** The crisis lines from the bundled JSON: all of it when it is sound, every part that parses when it is not. */
export function readCrisisLines(raw: unknown): CrisisLinesReading {
  const whole = CrisisLines.safeParse(raw);
  if (whole.success) return { data: whole.data, dropped: 0 };

  let dropped = 0;
  const countries: CountryHelp[] = [];
  for (const entry of asArray(field(raw, 'countries'))) {
    const salvaged = salvageCountry(entry);
    dropped += salvaged.dropped;
    if (salvaged.country) countries.push(salvaged.country);
  }
  const sources = keepValid(field(raw, 'sources'), (v) => CrisisSource.safeParse(v));
  const fallbackLines = keepValid(field(field(raw, 'fallback'), 'lines'), (v) => HelpLine.safeParse(v));
  const hint = field(field(raw, 'fallback'), 'emergencyHint');
  dropped += sources.dropped + fallbackLines.dropped;
  const version = field(raw, 'version');
  return {
    data: {
      schemaVersion: 1,
      version: typeof version === 'string' ? version : '0.0.0',
      sources: sources.kept,
      countries,
      fallback: { emergencyHint: typeof hint === 'string' && hint.length >= 5 ? hint : LAST_RESORT_HINT, lines: fallbackLines.kept },
    },
    dropped,
  };
}
