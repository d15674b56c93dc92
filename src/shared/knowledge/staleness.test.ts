import { describe, expect, it } from 'vitest';
import type { CrisisLines } from './crisisLinesSchema';
import { samplePack } from '@tests/support/samplePack';
import { addMonths, isOldPage, isStale, lastDayOf, oldCrisisPages, staleCrisisSources, staleFacts, todayIso } from './staleness';

/** Crisis data with just the sources these tests look at. */
function crisisWith(sources: CrisisLines['sources']): CrisisLines {
  return {
    schemaVersion: 1,
    version: '1.0.0',
    sources,
    countries: [],
    fallback: { emergencyHint: 'Call your local emergency number.', lines: [] },
  };
}
const source = (id: string, checked: string, pageDate?: string): CrisisLines['sources'][number] => ({
  id, title: `Page ${id}`, publisher: 'Publisher', url: `https://example.org/${id}`, checked, ...(pageDate ? { pageDate } : {}),
});

describe('staleness', () => {
  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-11-21', 18)).toBe('2028-05-21');
    expect(addMonths('2025-08-31', 18)).toBe('2027-02-28');
    expect(addMonths('2026-08-31', 18)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', 0)).toBe('2026-01-15');
  });

  it('calls a check stale only once 18 months have fully passed', () => {
    expect(isStale('2026-11-21', '2028-05-21')).toBe(false);
    expect(isStale('2026-11-21', '2028-05-22')).toBe(true);
    expect(isStale('2026-11-21', '2026-11-21')).toBe(false);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => isStale('21/11/2026', '2028-01-01')).toThrow(/ISO date/);
    expect(() => isStale('2026-11-21', 'tomorrow')).toThrow(/ISO date/);
  });

  it('lists every stale fact of a pack, organisations and nested treatment facts included, with its path', () => {
    const pack = samplePack();
    pack.treatments[0]!.sideEffects[0]!.checked = '2024-01-01';
    pack.organisations[0]!.checked = '2024-06-30';
    expect(staleFacts(pack, '2026-01-01')).toEqual([
      { packId: 'sample-condition', factId: 'samplezole-headache', path: 'treatments[0].sideEffects[0]', checked: '2024-01-01' },
      { packId: 'sample-condition', factId: 'org-example', path: 'organisations[0]', checked: '2024-06-30' },
    ]);
    expect(staleFacts(samplePack(), '2026-01-01')).toEqual([]);
  });

  it("formats today's UTC date", () => {
    expect(todayIso(new Date('2027-03-04T23:30:00Z'))).toBe('2027-03-04');
  });

  it('lists crisis-line sources whose check is more than 18 months old, with where they sit', () => {
    const data = crisisWith([source('fresh', '2026-11-21'), source('old-check', '2025-05-21')]);
    expect(staleCrisisSources(data, '2026-11-21')).toEqual([]);
    expect(staleCrisisSources(data, '2026-11-22')).toEqual([{ sourceId: 'old-check', path: 'sources[1]', checked: '2025-05-21' }]);
  });

  it('reads a year or a month as its last day', () => {
    expect(lastDayOf('2019')).toBe('2019-12-31');
    expect(lastDayOf('2021-11')).toBe('2021-11-30');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2016-09-14')).toBe('2016-09-14');
    expect(() => lastDayOf('Sep 2016')).toThrow(/ISO date/);
  });

  it('calls a page old only once more than 3 years have passed since the last day its date allows', () => {
    expect(isOldPage('2023-12-03', '2026-12-03')).toBe(false);
    expect(isOldPage('2023-12-03', '2026-12-04')).toBe(true);
    expect(isOldPage('2023', '2026-12-31')).toBe(false);
    expect(isOldPage('2023', '2027-01-01')).toBe(true);
    expect(isOldPage('2016-09-14', '2026-12-03')).toBe(true);
  });

  it('lists the crisis-line pages dated more than 3 years ago and leaves undated pages unjudged', () => {
    const data = crisisWith([source('undated', '2026-12-03'), source('recent', '2026-12-03', '2025-02-07'), source('nami-2016', '2026-12-03', '2016-09-14')]);
    expect(oldCrisisPages(data, '2026-12-03')).toEqual([
      { sourceId: 'nami-2016', path: 'sources[2]', pageDate: '2016-09-14', url: 'https://example.org/nami-2016' },
    ]);
  });
});
