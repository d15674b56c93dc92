// A fact's `checked` date says when someone last confirmed it against its sources. Health guidance moves
// (the sickle cell pack's "only cure" went out of date when gene therapies were approved), so a fact not
// looked at for 18 months is reported as stale, to be read against its source again. Crisis-line sources
// follow the same rule, and a crisis-line page whose own date is more than 3 years old is reported too:
// re-reading a 2016 article does not make what it says current.
import type { CrisisLines } from './crisisLinesSchema';
import { locateFacts } from './packRules';
import type { KnowledgePack } from './packSchema';

/** How long a check stays current. */
export const STALE_AFTER_MONTHS = 18;

/** How old a crisis-line page's own date may be before it is reported (a warning, not a failure). */
export const OLD_PAGE_AFTER_YEARS = 3;

/** One fact due for a recheck, with where it sits in its pack. */
export interface StaleFact {
  readonly packId: string;
  readonly factId: string;
  readonly path: string;
  readonly checked: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (!m) throw new Error(`'${date}' is not an ISO date (YYYY-MM-DD)`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The ISO date `months` calendar months after `date`; a day past the month's end clamps to its last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** True when `today` is later than `checked` plus 18 months. ISO dates compare correctly as strings. */
export function isStale(checked: string, today: string, months = STALE_AFTER_MONTHS): boolean {
  parts(today);
  return addMonths(checked, months) < today;
}

/** Today's date in UTC as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Every fact (organisations included) of a pack whose check is older than 18 months on `today`. */
export function staleFacts(pack: KnowledgePack, today: string, months = STALE_AFTER_MONTHS): StaleFact[] {
  return locateFacts(pack)
    .filter(({ fact }) => isStale(fact.checked, today, months))
    .map(({ fact, path }) => ({ packId: pack.id, factId: fact.id, path, checked: fact.checked }));
}

/** One crisis-line source due for a recheck. */
export interface StaleSource {
  readonly sourceId: string;
  /** Where it sits in crisis-lines.json, e.g. "sources[3]". */
  readonly path: string;
  readonly checked: string;
}

/** Every crisis-line source whose check is older than 18 months on `today`, with where it sits. */
export function staleCrisisSources(data: CrisisLines, today: string, months = STALE_AFTER_MONTHS): StaleSource[] {
  return data.sources.flatMap((s, i) => (isStale(s.checked, today, months) ? [{ sourceId: s.id, path: `sources[${i}]`, checked: s.checked }] : []));
}

/**
 * The last day a page date can stand for: 2019 → 2019-12-31, 2021-11 → 2021-11-30. A page is only
 * called old when even the latest day its date allows is too far back.
 */
export function lastDayOf(pageDate: string): string {
  if (/^\d{4}$/.test(pageDate)) return `${pageDate}-12-31`;
  const month = /^(\d{4})-(\d{2})$/.exec(pageDate);
  if (month) {
    const lastDay = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return `${pageDate}-${String(lastDay).padStart(2, '0')}`;
  }
  parts(pageDate);
  return pageDate;
}

/** True when the page's own date is more than `years` years before `today`. */
export function isOldPage(pageDate: string, today: string, years = OLD_PAGE_AFTER_YEARS): boolean {
  parts(today);
  return addMonths(lastDayOf(pageDate), years * 12) < today;
}

/** A crisis-line source whose page carries a date more than 3 years old. */
export interface OldPage {
  readonly sourceId: string;
  readonly path: string;
  readonly pageDate: string;
  readonly url: string;
}

/** Every crisis-line source whose page date is more than 3 years before `today`; sources without a page date are not judged. */
export function oldCrisisPages(data: CrisisLines, today: string, years = OLD_PAGE_AFTER_YEARS): OldPage[] {
  return data.sources.flatMap((s, i) => (s.pageDate !== undefined && isOldPage(s.pageDate, today, years)
    ? [{ sourceId: s.id, path: `sources[${i}]`, pageDate: s.pageDate, url: s.url }]
    : []));
}
