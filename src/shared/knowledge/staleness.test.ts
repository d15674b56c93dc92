import { describe, expect, it } from 'vitest';
import { samplePack } from './testing/samplePack';
import { addMonths, isStale, staleFacts, todayIso } from './staleness';

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
});
