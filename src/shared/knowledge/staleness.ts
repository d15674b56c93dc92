// A fact's `checked` date says when someone last confirmed it against its sources. Health guidance moves
// (the sickle cell pack's "only cure" went out of date when gene therapies were approved), so a fact not
// looked at for 18 months is reported as stale, to be read against its source again.
import { locateFacts } from './packRules';
import type { KnowledgePack } from './packSchema';

/** How long a check stays current. */
export const STALE_AFTER_MONTHS = 18;

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
