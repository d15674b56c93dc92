// `npm run --silent packs:check`: validates every knowledge pack and the crisis data against the schema and
// the pack rules. Prints a per-pack table, then any problems, then the facts and crisis-line sources due for
// a recheck, then the crisis-line pages whose own date is more than 3 years old, then — always as the LAST
// line — the JSON {"packs":N,"facts":N,"sources":N,"countries":N,"stale":N,"old_pages":N}. Exits 1 on any
// problem. Stale items and old pages are listed and counted but do not fail the run: the calendar passing
// must not break an unrelated merge; the release target asks for stale = 0. `--today=YYYY-MM-DD` replaces
// the clock. Runs in CI.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CrisisLines } from '@shared/knowledge/crisisLinesSchema';
import { describeIssue } from '@shared/knowledge/importPack';
import { KnowledgePack } from '@shared/knowledge/packSchema';
import {
  OLD_PAGE_AFTER_YEARS, STALE_AFTER_MONTHS, oldCrisisPages, staleCrisisSources, staleFacts, todayIso,
  type OldPage, type StaleFact, type StaleSource,
} from '@shared/knowledge/staleness';
import {
  checkCrisisLinesRules, checkPackRules, checkPackSet, countFacts, parseAllowedDomains, type PackProblem,
} from '@shared/knowledge/packRules';

/** The totals issue 4 asks the bundled data to reach. */
const TARGETS = { packs: 40, facts: 1500, countries: 24 } as const;

/** Where the checker reads from; tests point it at fixtures. */
export interface CheckPaths {
  readonly packsDir: string;
  readonly crisisFile: string;
  readonly domainsFile: string;
}

/** One row of the summary table. */
export interface PackRow {
  readonly file: string;
  readonly id: string;
  readonly facts: number;
  readonly sources: number;
  readonly treatments: number;
  readonly organisations: number;
  readonly problems: number;
  readonly stale: number;
}

/** Everything the checker found. */
export interface CheckReport {
  readonly rows: readonly PackRow[];
  readonly problems: readonly PackProblem[];
  readonly stale: readonly StaleFact[];
  /** Crisis-line sources checked more than 18 months ago; counted in `counts.stale` with the facts. */
  readonly staleSources: readonly StaleSource[];
  /** Crisis-line sources whose page carries a date more than 3 years old (a warning). */
  readonly oldPages: readonly OldPage[];
  readonly counts: {
    readonly packs: number; readonly facts: number; readonly sources: number; readonly countries: number;
    readonly stale: number; readonly old_pages: number;
  };
}

/** What the checker compares against; tests fix the date. */
export interface CheckOptions {
  /** Today as YYYY-MM-DD; defaults to the clock's UTC date. */
  readonly today?: string;
}

function readJson(file: string, label: string, problems: PackProblem[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ packId: label, path: '', message: `${basename(file)} is not readable JSON: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
}

/** Runs every check over the files at `paths`; pure apart from reading them. */
export function checkPacks(paths: CheckPaths, options: CheckOptions = {}): CheckReport {
  const today = options.today ?? todayIso();
  const problems: PackProblem[] = [];
  const stale: StaleFact[] = [];
  const allowedDomains = existsSync(paths.domainsFile) ? parseAllowedDomains(readFileSync(paths.domainsFile, 'utf8')) : [];
  if (allowedDomains.length === 0) problems.push({ packId: 'allowed-domains', path: '', message: `No allowed domains found in ${paths.domainsFile}` });

  const rows: PackRow[] = [];
  const packs: KnowledgePack[] = [];
  const files = existsSync(paths.packsDir) ? readdirSync(paths.packsDir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const file of files) {
    const label = file.replace(/\.json$/, '');
    const raw = readJson(join(paths.packsDir, file), label, problems);
    if (raw === undefined) continue;
    const parsed = KnowledgePack.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ packId: label, path: '', message: describeIssue(raw, issue) });
      rows.push({ file, id: label, facts: 0, sources: 0, treatments: 0, organisations: 0, problems: parsed.error.issues.length, stale: 0 });
      continue;
    }
    const pack = parsed.data;
    const packProblems = checkPackRules(pack, { allowedDomains, today });
    const packStale = staleFacts(pack, today);
    stale.push(...packStale);
    if (pack.id !== label) packProblems.push({ packId: pack.id, path: 'id', message: `The pack id '${pack.id}' does not match its file name '${file}'` });
    problems.push(...packProblems);
    packs.push(pack);
    rows.push({
      file, id: pack.id, facts: countFacts(pack), sources: pack.sources.length, treatments: pack.treatments.length,
      organisations: pack.organisations.length, problems: packProblems.length, stale: packStale.length,
    });
  }
  if (files.length === 0) problems.push({ packId: 'packs', path: '', message: `No pack files found in ${paths.packsDir}` });
  problems.push(...checkPackSet(packs));

  let countries = 0;
  let staleSources: StaleSource[] = [];
  let oldPages: OldPage[] = [];
  const rawCrisis = existsSync(paths.crisisFile) ? readJson(paths.crisisFile, 'crisis-lines', problems) : undefined;
  if (!existsSync(paths.crisisFile)) problems.push({ packId: 'crisis-lines', path: '', message: `Missing ${paths.crisisFile}` });
  if (rawCrisis !== undefined) {
    const crisis = CrisisLines.safeParse(rawCrisis);
    if (crisis.success) {
      countries = crisis.data.countries.length;
      staleSources = staleCrisisSources(crisis.data, today);
      oldPages = oldCrisisPages(crisis.data, today);
      problems.push(...checkCrisisLinesRules(crisis.data, { allowedDomains }));
    } else {
      for (const issue of crisis.error.issues) problems.push({ packId: 'crisis-lines', path: '', message: describeIssue(rawCrisis, issue) });
    }
  }

  const counts = {
    packs: packs.length,
    facts: rows.reduce((n, r) => n + r.facts, 0),
    sources: rows.reduce((n, r) => n + r.sources, 0),
    countries,
    stale: stale.length + staleSources.length,
    // Other tools read the fields before this one by name; it is added last so none of them moves.
    old_pages: oldPages.length,
  };
  return { rows, problems, stale, staleSources, oldPages, counts };
}

/** The human-readable report; its last line is the counts as JSON. */
export function formatReport(report: CheckReport): string {
  const header = ['pack', 'facts', 'sources', 'treatments', 'orgs', 'stale', 'status'];
  const body = report.rows.map((r) => [r.id, String(r.facts), String(r.sources), String(r.treatments), String(r.organisations), String(r.stale), r.problems ? `${r.problems} problem(s)` : 'ok']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line), ''];
  out.push(`crisis lines: ${report.counts.countries} countries`);
  const { packs, facts, countries, stale } = report.counts;
  const met = packs >= TARGETS.packs && facts >= TARGETS.facts && countries >= TARGETS.countries && stale === 0;
  // Reported, not enforced: the totals grow as pack writers land their packs.
  out.push(`release targets (≥${TARGETS.packs} packs, ≥${TARGETS.facts} facts, ≥${TARGETS.countries} countries, 0 stale): ${met ? 'met' : 'not yet met'}`);
  if (report.problems.length > 0) {
    out.push('', `${report.problems.length} problem(s):`);
    for (const p of report.problems) out.push(`  ${p.packId}${p.path ? ` ${p.path}` : ''}: ${p.message}`);
  } else {
    out.push('all packs and the crisis data pass');
  }
  if (report.stale.length > 0) {
    out.push('', `${report.stale.length} stale fact(s), checked more than ${STALE_AFTER_MONTHS} months ago — read each against its source again:`);
    for (const s of report.stale) out.push(`  ${s.packId} ${s.path} '${s.factId}': checked ${s.checked}`);
  }
  if (report.staleSources.length > 0) {
    out.push('', `${report.staleSources.length} stale crisis-line source(s), checked more than ${STALE_AFTER_MONTHS} months ago — check each number on its page again:`);
    for (const s of report.staleSources) out.push(`  crisis-lines ${s.path} '${s.sourceId}': checked ${s.checked}`);
  }
  if (report.oldPages.length > 0) {
    out.push('', `${report.oldPages.length} crisis-line page(s) dated more than ${OLD_PAGE_AFTER_YEARS} years ago — look for a newer page that confirms the line:`);
    for (const o of report.oldPages) out.push(`  ${o.sourceId}: page dated ${o.pageDate} (${o.url})`);
  }
  out.push(JSON.stringify(report.counts));
  return out.join('\n');
}

/** The repository's own files. */
export function defaultPaths(root = resolve(fileURLToPath(new URL('..', import.meta.url)))): CheckPaths {
  return {
    packsDir: join(root, 'resources', 'packs'),
    crisisFile: join(root, 'resources', 'crisis-lines.json'),
    domainsFile: join(root, 'resources', 'allowed-domains.txt'),
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const todayArg = args.find((a) => a.startsWith('--today='))?.slice('--today='.length);
  if (todayArg !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(todayArg)) throw new Error(`--today needs YYYY-MM-DD, not '${todayArg}'`);
  const [packsDir, crisisFile, domainsFile] = args.filter((a) => !a.startsWith('--'));
  const defaults = defaultPaths();
  const report = checkPacks({
    packsDir: packsDir ?? defaults.packsDir,
    crisisFile: crisisFile ?? defaults.crisisFile,
    domainsFile: domainsFile ?? defaults.domainsFile,
  }, todayArg ? { today: todayArg } : {});
  console.log(formatReport(report));
  process.exitCode = report.problems.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
