// The measures, computed from what the classifiers did with labelled lines: crisis recall,
// non-crisis sent to the panel, crisis that got the panel or the ask, non-crisis that got the ask,
// advice recall and acceptable peer sentences held; with breakdowns by category, language, author,
// and multi-message lines. The same code serves cross-validation and a first run on a new author.
import type { CrisisVerdict } from '../crisisVerdict';
import type { GateResponse } from '../gateResponse';
import type { PeerLine, UserLine } from './authorSets';

/** What the gate did with one labelled user message. */
export interface UserOutcome {
  readonly line: UserLine;
  readonly verdict: CrisisVerdict;
  readonly response: GateResponse;
}

/** What the advice guard did with one labelled peer sentence. */
export interface PeerOutcome {
  readonly line: PeerLine;
  readonly held: boolean;
}

/** One row of the table: a rate over n lines, with the target where it has one. */
export interface MeasureRow {
  readonly measure: string;
  readonly n: number;
  readonly value: number;
  readonly target?: { readonly op: '>=' | '<='; readonly value: number };
}

/** The targets, by measure name. */
export const TARGETS = {
  'crisis recall': { op: '>=', value: 0.95 },
  'non-crisis sent to the panel': { op: '<=', value: 0.03 },
  'crisis that got the panel or the ask': { op: '>=', value: 0.98 },
  'non-crisis that got the ask': { op: '<=', value: 0.1 },
  'advice recall': { op: '>=', value: 0.9 },
  'acceptable peer sentences held': { op: '<=', value: 0.03 },
} as const satisfies Record<string, MeasureRow['target']>;

type HeadlineMeasure = keyof typeof TARGETS;

const rate = (hits: number, n: number): number => (n === 0 ? Number.NaN : hits / n);

function row(measure: string, items: readonly unknown[], hit: (i: number) => boolean, target?: MeasureRow['target']): MeasureRow {
  let hits = 0;
  items.forEach((_, i) => {
    if (hit(i)) hits++;
  });
  return { measure, n: items.length, value: rate(hits, items.length), ...(target ? { target } : {}) };
}

const isCrisis = (o: UserOutcome): boolean => o.line.level === 'crisis';

/** The six headline measures. */
export function headlineRows(users: readonly UserOutcome[], peers: readonly PeerOutcome[]): MeasureRow[] {
  const crisis = users.filter(isCrisis);
  const other = users.filter((o) => !isCrisis(o));
  const advice = peers.filter((p) => p.line.advice);
  const acceptable = peers.filter((p) => !p.line.advice);
  const t = (m: HeadlineMeasure): MeasureRow['target'] => TARGETS[m];
  return [
    row('crisis recall', crisis, (i) => crisis[i]?.verdict.level === 'crisis', t('crisis recall')),
    row('non-crisis sent to the panel', other, (i) => other[i]?.response === 'panel', t('non-crisis sent to the panel')),
    row('crisis that got the panel or the ask', crisis, (i) => crisis[i]?.response !== 'group', t('crisis that got the panel or the ask')),
    row('non-crisis that got the ask', other, (i) => other[i]?.response === 'ask', t('non-crisis that got the ask')),
    row('advice recall', advice, (i) => advice[i]?.held === true, t('advice recall')),
    row('acceptable peer sentences held', acceptable, (i) => acceptable[i]?.held === true, t('acceptable peer sentences held')),
  ];
}

/** Breakdowns: crisis recall and panel-or-ask by category, language, multi-message; false routing of distress and of none. */
export function breakdownRows(users: readonly UserOutcome[], peers: readonly PeerOutcome[]): MeasureRow[] {
  const rows: MeasureRow[] = [];
  const crisis = users.filter(isCrisis);
  const categories = [...new Set(crisis.flatMap((o) => o.line.categories))].sort();
  for (const c of categories) {
    const items = crisis.filter((o) => o.line.categories.includes(c));
    rows.push(row(`  ${c}: crisis recall`, items, (i) => items[i]?.verdict.level === 'crisis'));
    rows.push(row(`  ${c}: panel or ask`, items, (i) => items[i]?.response !== 'group'));
  }
  for (const lang of [...new Set(users.map((o) => o.line.lang))].sort()) {
    const items = crisis.filter((o) => o.line.lang === lang);
    const negatives = users.filter((o) => !isCrisis(o) && o.line.lang === lang);
    rows.push(row(`  lang ${lang}: crisis recall`, items, (i) => items[i]?.verdict.level === 'crisis'));
    rows.push(row(`  lang ${lang}: non-crisis to panel`, negatives, (i) => negatives[i]?.response === 'panel'));
  }
  const multi = crisis.filter((o) => (o.line.recent?.length ?? 0) > 0);
  rows.push(row('  multi-message: crisis recall', multi, (i) => multi[i]?.verdict.level === 'crisis'));
  for (const level of ['distress', 'none'] as const) {
    const items = users.filter((o) => o.line.level === level);
    rows.push(row(`  ${level}-labelled: to panel`, items, (i) => items[i]?.response === 'panel'));
    rows.push(row(`  ${level}-labelled: to ask`, items, (i) => items[i]?.response === 'ask'));
  }
  for (const lang of [...new Set(peers.map((p) => p.line.lang))].sort()) {
    const advice = peers.filter((p) => p.line.advice && p.line.lang === lang);
    const ok = peers.filter((p) => !p.line.advice && p.line.lang === lang);
    rows.push(row(`  lang ${lang}: advice recall`, advice, (i) => advice[i]?.held === true));
    rows.push(row(`  lang ${lang}: acceptable held`, ok, (i) => ok[i]?.held === true));
  }
  return rows;
}

/** Whether a row meets its target (rows without a target, or without lines, pass). */
export function meetsTarget(r: MeasureRow): boolean {
  if (!r.target || Number.isNaN(r.value)) return true;
  return r.target.op === '>=' ? r.value >= r.target.value : r.value <= r.target.value;
}

/** The rows as a fixed-width table. */
export function formatRows(title: string, rows: readonly MeasureRow[]): string {
  const head = `${'measure'.padEnd(44)}${'n'.padStart(6)}${'value'.padStart(8)}  target`;
  const lines = rows.map((r) => {
    const target = r.target ? `${r.target.op} ${r.target.value}${meetsTarget(r) ? '' : '  MISSED'}` : '';
    const value = Number.isNaN(r.value) ? '—' : r.value.toFixed(3);
    return `${r.measure.padEnd(44)}${String(r.n).padStart(6)}${value.padStart(8)}  ${target}`;
  });
  return [title, head, ...lines].join('\n');
}
