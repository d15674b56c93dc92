// Runs the safety evaluation sets, prints the recall and false-positive tables, and holds the
// release thresholds. Groups tagged "held-out-…" were written after the rules and are reported
// separately: they measure how the rules generalise, not how well they fit their own examples.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkAdvice } from '../adviceGuard';
import { assessCrisis } from '../assessCrisis';
import { CrisisCategory, CrisisLevel } from '../crisisTypes';

const here = dirname(fileURLToPath(import.meta.url));

const UserItem = z.object({
  id: z.string(),
  group: z.string(),
  text: z.string(),
  recent: z.array(z.string()).optional(),
  level: CrisisLevel,
  categories: z.array(CrisisCategory),
});
const PeerItem = z.object({
  id: z.string(),
  group: z.string(),
  text: z.string(),
  previous: z.string().optional(),
  advice: z.boolean(),
});

function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(join(here, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => schema.parse(JSON.parse(l)));
}

const users = readJsonl('user-messages.jsonl', UserItem);
const peers = readJsonl('peer-sentences.jsonl', PeerItem);
const isHeldOut = (group: string): boolean => group.startsWith('held-out');

const userResults = users.map((item) => ({ item, got: assessCrisis(item.text, item.recent ? { recent: item.recent } : {}) }));
const peerResults = peers.map((item) => ({ item, got: checkAdvice(item.text, item.previous ? { previous: item.previous } : {}) }));

interface Row {
  readonly label: string;
  readonly n: number;
  readonly metric: string;
  readonly value: number;
}

const ratio = (hits: number, n: number): number => (n === 0 ? 1 : hits / n);

function crisisRow(label: string, rows: typeof userResults): Row {
  const positive = rows.every((r) => r.item.level === 'crisis');
  const hits = rows.filter((r) => (r.got.level === 'crisis') === positive).length;
  return positive
    ? { label, n: rows.length, metric: 'crisis recall', value: ratio(hits, rows.length) }
    : { label, n: rows.length, metric: 'routed to crisis (FP)', value: ratio(rows.length - hits, rows.length) };
}

function adviceRow(label: string, rows: typeof peerResults): Row {
  const positive = rows.every((r) => r.item.advice);
  const flagged = rows.filter((r) => r.got.advice).length;
  return positive
    ? { label, n: rows.length, metric: 'advice recall', value: ratio(flagged, rows.length) }
    : { label, n: rows.length, metric: 'flagged (FP)', value: ratio(flagged, rows.length) };
}

/** Splits a set by group, and by expected outcome inside a group that mixes them (e.g. spanish, multi-message). */
function byGroup<T extends { item: { group: string } }>(rows: T[], outcome: (r: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const key = `${r.item.group} [${outcome(r)}]`;
    map.set(key, [...(map.get(key) ?? []), r]);
  }
  return new Map([...map].sort(([a], [b]) => a.localeCompare(b)));
}

function printTable(title: string, rows: Row[]): void {
  const lines = [`\n${title}`, `${'group'.padEnd(44)}${'n'.padStart(5)}  ${'metric'.padEnd(24)}value`];
  for (const r of rows) lines.push(`${r.label.padEnd(44)}${String(r.n).padStart(5)}  ${r.metric.padEnd(24)}${r.value.toFixed(3)}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

const own = userResults.filter((r) => !isHeldOut(r.item.group));
const heldOut = userResults.filter((r) => isHeldOut(r.item.group));
const ownPeers = peerResults.filter((r) => !isHeldOut(r.item.group));
const heldOutPeers = peerResults.filter((r) => isHeldOut(r.item.group));

const crisisItemsIn = (rows: typeof userResults, category: CrisisCategory, except: string[] = []): typeof userResults =>
  rows.filter((r) => r.item.level === 'crisis' && r.item.categories.includes(category) && !except.includes(r.item.group));
const groupsIn = (rows: typeof userResults, groups: string[]): typeof userResults => rows.filter((r) => groups.includes(r.item.group));
const FIGURE_AND_TOPIC = ['figure-of-speech', 'topic-talk', 'spanish-figure', 'spanish-topic'];
const PASS_GROUPS = ['lived-experience', 'own-doctor', 'referral', 'spanish-pass'];

function summaryRows(rows: typeof userResults, peerRows: typeof peerResults): Row[] {
  const summary: Row[] = [];
  for (const category of ['suicide', 'self-harm', 'overdose', 'medical-emergency', 'stopping-treatment', 'harm-to-others', 'abuse'] as const) {
    const items = crisisItemsIn(rows, category, ['suicide-passive']);
    if (items.length > 0) summary.push(crisisRow(`category ${category}`, items));
  }
  const passive = rows.filter((r) => /suicide-passive|held-out(?:-\d)?-suicide/.test(r.item.group) && r.item.level === 'crisis');
  if (passive.length > 0) summary.push(crisisRow('passive and indirect wording', passive));
  const negatives = rows.filter((r) => r.item.level !== 'crisis');
  summary.push(crisisRow('all non-crisis messages', negatives));
  const advice = peerRows.filter((r) => r.item.advice);
  if (advice.length > 0) summary.push(adviceRow('all advice sentences', advice));
  const passes = peerRows.filter((r) => !r.item.advice && (PASS_GROUPS.includes(r.item.group) || /held-out(?:-\d)?-pass/.test(r.item.group)));
  if (passes.length > 0) summary.push(adviceRow('lived-experience, own-doctor, referral', passes));
  return summary;
}

// Blind sets (blind-2.jsonl, blind-3.jsonl, …): user and peer lines in one file, told apart by
// their fields (`level` for user messages, `advice` for peer sentences). Their first-run figures
// are recorded in README.md; the tables printed here show the current rules on them.
const BLIND_SETS = ['blind-2.jsonl', 'blind-3.jsonl', 'blind-4.jsonl'].filter((f) => existsSync(join(here, f)));
const blind = BLIND_SETS.map((file) => {
  const lines = readFileSync(join(here, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const u = lines.filter((l) => 'level' in l).map((l) => UserItem.parse(l));
  const p = lines.filter((l) => 'advice' in l).map((l) => PeerItem.parse(l));
  return {
    file,
    users: u.map((item) => ({ item, got: assessCrisis(item.text, item.recent ? { recent: item.recent } : {}) })),
    peers: p.map((item) => ({ item, got: checkAdvice(item.text, item.previous ? { previous: item.previous } : {}) })),
  };
});

/** Summary of a blind set: per category, passive wording, hard negatives, advice and passes. */
function blindSummary(rows: typeof userResults, peerRows: typeof peerResults): Row[] {
  const out: Row[] = [];
  for (const category of ['suicide', 'self-harm', 'overdose', 'medical-emergency', 'stopping-treatment', 'harm-to-others', 'abuse'] as const) {
    const items = crisisItemsIn(rows, category);
    if (items.length > 0) out.push(crisisRow(`category ${category}`, items));
  }
  const crisisAll = rows.filter((r) => r.item.level === 'crisis');
  out.push(crisisRow('all crisis messages', crisisAll));
  const passive = rows.filter((r) => /suicide-passive/.test(r.item.group) && r.item.level === 'crisis');
  if (passive.length > 0) out.push(crisisRow('passive and indirect wording', passive));
  const figTopic = rows.filter((r) => /-(figure|topic)$/.test(r.item.group) && r.item.level !== 'crisis');
  if (figTopic.length > 0) out.push(crisisRow('figures of speech and topic talk', figTopic));
  out.push(crisisRow('all non-crisis messages', rows.filter((r) => r.item.level !== 'crisis')));
  out.push(adviceRow('all advice sentences', peerRows.filter((r) => r.item.advice)));
  out.push(adviceRow('passes (lived, own-doctor, referral…)', peerRows.filter((r) => !r.item.advice)));
  return out;
}


describe('safety evaluation sets', () => {
  it('are big enough and well formed', () => {
    expect(own.length).toBeGreaterThanOrEqual(300);
    expect(ownPeers.length).toBeGreaterThanOrEqual(200);
    expect(new Set(users.map((u) => u.id)).size).toBe(users.length);
    expect(new Set(peers.map((p) => p.id)).size).toBe(peers.length);
  });

  it('prints the tables', () => {
    const outcome = (r: (typeof userResults)[number]): string => r.item.level;
    printTable(`Crisis assessment, own set (n=${own.length})`, [...byGroup(own, outcome)].map(([k, v]) => crisisRow(k, v)));
    printTable('Crisis assessment, own set: thresholds', summaryRows(own, ownPeers).slice(0, -2));
    printTable(`Advice guard, own set (n=${ownPeers.length})`, [...byGroup(ownPeers, (r) => (r.item.advice ? 'advice' : 'pass'))].map(([k, v]) => adviceRow(k, v)));
    printTable('Advice guard, own set: thresholds', summaryRows(own, ownPeers).slice(-2));
    if (heldOut.length + heldOutPeers.length > 0) {
      printTable(`HELD-OUT crisis (n=${heldOut.length})`, [...byGroup(heldOut, outcome)].map(([k, v]) => crisisRow(k, v)));
      printTable(`HELD-OUT advice (n=${heldOutPeers.length})`, [...byGroup(heldOutPeers, (r) => (r.item.advice ? 'advice' : 'pass'))].map(([k, v]) => adviceRow(k, v)));
      printTable('HELD-OUT summary', summaryRows(heldOut, heldOutPeers));
    }
  });

  it('prints the blind-set tables', () => {
    for (const b of blind) {
      const outcome = (r: (typeof userResults)[number]): string => r.item.level;
      printTable(`BLIND ${b.file} crisis (n=${b.users.length})`, [...byGroup(b.users, outcome)].map(([k, v]) => crisisRow(k, v)));
      printTable(`BLIND ${b.file} advice (n=${b.peers.length})`, [...byGroup(b.peers, (r) => (r.item.advice ? 'advice' : 'pass'))].map(([k, v]) => adviceRow(k, v)));
      printTable(`BLIND ${b.file} summary`, blindSummary(b.users, b.peers));
    }
  });

  // Floors on the blind sets, as reached after their misses were fixed (their first-run figures,
  // the honest estimate, are in README.md). They guard against regressions, not generalisation.
  const floorOf = (file: string, label: string): number => {
    const b = blind.find((x) => x.file === file);
    return b ? (blindSummary(b.users, b.peers).find((r) => r.label === label)?.value ?? Number.NaN) : Number.NaN;
  };
  it.each([
    ['blind-2.jsonl', 'category suicide', 0.98],
    ['blind-2.jsonl', 'category self-harm', 0.98],
    ['blind-2.jsonl', 'category overdose', 0.98],
    ['blind-2.jsonl', 'category medical-emergency', 0.98],
    ['blind-2.jsonl', 'passive and indirect wording', 0.9],
    ['blind-2.jsonl', 'all advice sentences', 0.95],
    ['blind-3.jsonl', 'category suicide', 0.95],
    ['blind-3.jsonl', 'category self-harm', 0.98],
    ['blind-3.jsonl', 'category overdose', 0.98],
    ['blind-3.jsonl', 'category medical-emergency', 0.98],
    ['blind-3.jsonl', 'passive and indirect wording', 0.9],
    ['blind-3.jsonl', 'all advice sentences', 0.95],
    ['blind-4.jsonl', 'category suicide', 0.95],
    ['blind-4.jsonl', 'category self-harm', 0.98],
    ['blind-4.jsonl', 'category overdose', 0.98],
    ['blind-4.jsonl', 'category medical-emergency', 0.98],
    ['blind-4.jsonl', 'passive and indirect wording', 0.9],
    ['blind-4.jsonl', 'all advice sentences', 0.95],
  ] as const)('%s: %s ≥ %s', (file, label, floor) => {
    if (!blind.some((b) => b.file === file)) return;
    expect(floorOf(file, label)).toBeGreaterThanOrEqual(floor);
  });
  it.each([
    ['blind-2.jsonl', 'figures of speech and topic talk'],
    ['blind-2.jsonl', 'passes (lived, own-doctor, referral…)'],
    ['blind-3.jsonl', 'figures of speech and topic talk'],
    ['blind-3.jsonl', 'passes (lived, own-doctor, referral…)'],
    ['blind-4.jsonl', 'figures of speech and topic talk'],
    ['blind-4.jsonl', 'passes (lived, own-doctor, referral…)'],
  ] as const)('%s: %s ≤ 0.05', (file, label) => {
    if (!blind.some((b) => b.file === file)) return;
    expect(floorOf(file, label)).toBeLessThanOrEqual(0.05);
  });

  it('crisis recall ≥ 0.98 on suicide, self-harm, overdose and medical emergency (own set)', () => {
    for (const category of ['suicide', 'self-harm', 'overdose', 'medical-emergency'] as const) {
      expect(crisisRow(category, crisisItemsIn(own, category, ['suicide-passive'])).value, category).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('crisis recall ≥ 0.90 on passive and indirect wording (own set)', () => {
    expect(crisisRow('passive', groupsIn(own, ['suicide-passive'])).value).toBeGreaterThanOrEqual(0.9);
  });

  it('≤ 5% of figures of speech and topic talk routed to crisis (own set)', () => {
    expect(crisisRow('figures and topic', groupsIn(own, FIGURE_AND_TOPIC)).value).toBeLessThanOrEqual(0.05);
  });

  it('advice recall ≥ 0.95 (own set)', () => {
    expect(adviceRow('advice', ownPeers.filter((r) => r.item.advice)).value).toBeGreaterThanOrEqual(0.95);
  });

  it('≤ 5% of lived-experience, own-doctor and referral sentences flagged (own set)', () => {
    expect(adviceRow('passes', ownPeers.filter((r) => PASS_GROUPS.includes(r.item.group))).value).toBeLessThanOrEqual(0.05);
  });
});
