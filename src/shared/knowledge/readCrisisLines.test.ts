import { describe, expect, it } from 'vitest';
import crisisLinesJson from '@resources/crisis-lines.json';
import { helpForCountry } from './crisisLines';
import { LAST_RESORT_HINT, readCrisisLines } from './readCrisisLines';

const clone = (): Record<string, unknown> => structuredClone(crisisLinesJson) as unknown as Record<string, unknown>;
const countries = (raw: Record<string, unknown>) => raw.countries as Array<Record<string, unknown>>;

describe('readCrisisLines', () => {
  it('reads the shipped file whole, dropping nothing', () => {
    const { data, dropped } = readCrisisLines(crisisLinesJson);
    expect(dropped).toBe(0);
    expect(data.countries.length).toBe(countries(clone()).length);
  });

  it('one broken line drops only that line; its country keeps its emergency number and other lines', () => {
    const raw = clone();
    const gb = countries(raw).find((c) => c.country === 'GB')!;
    const lines = gb.lines as Array<Record<string, unknown>>;
    const before = lines.length;
    lines[0] = { ...lines[0], call: 'call us maybe' };
    const { data, dropped } = readCrisisLines(raw);
    expect(dropped).toBe(1);
    const help = helpForCountry(data, 'GB');
    expect(help.covered).toBe(true);
    expect(help.lines).toHaveLength(before - 1);
    expect(data.countries).toHaveLength(countries(clone()).length);
  });

  it('a country with a broken emergency number is left out, so its people get the fallback, not a wrong number', () => {
    const raw = clone();
    countries(raw).find((c) => c.country === 'US')!.emergency = 'nine one one';
    const { data, dropped } = readCrisisLines(raw);
    expect(dropped).toBe(1);
    const help = helpForCountry(data, 'US');
    expect(help.covered).toBe(false);
    expect(help.lines.length).toBeGreaterThan(0);
    expect(helpForCountry(data, 'GB').covered).toBe(true);
  });

  it('a file that is not crisis lines at all still gives the panel words to show, and no invented number or link', () => {
    for (const raw of [null, 'garbage', { countries: 'no' }, {}]) {
      const { data } = readCrisisLines(raw);
      expect(data.countries).toEqual([]);
      expect(data.fallback.emergencyHint).toBe(LAST_RESORT_HINT);
      expect(data.fallback.lines).toEqual([]);
      expect(helpForCountry(data, 'US')).toMatchObject({ covered: false, emergencyHint: LAST_RESORT_HINT });
    }
  });
});
