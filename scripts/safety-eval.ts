// `npm run --silent safety:eval`: the safety classifiers' figures, in the issue's table.
// - With no arguments: leave-one-author-out cross-validation over the in-repo author sets
//   (src/shared/safety/eval/authors), every line scored by models that never saw its author.
// - With `--authors <dir>`: a first run of the committed classifiers, exactly as shipped
//   (assessCrisis, decideResponse, checkAdvice), on a new author folder (one author: a folder
//   holding user.jsonl / peer.jsonl; several: a folder of such folders). Run it once, before any
//   change, and record the table in eval/README.md: only first-run figures count.
// The last line is one JSON object: {"mode","authors","measures":{name:{n,value,target,meets}},"thresholds"?}.
// Never prints message text.
import { checkAdvice } from '@shared/safety/adviceGuard';
import { assessCrisis } from '@shared/safety/assessCrisis';
import type { AuthorSet } from '@shared/safety/eval/authorSets';
import { breakdownRows, formatRows, headlineRows, meetsTarget, type MeasureRow, type PeerOutcome, type UserOutcome } from '@shared/safety/eval/measures';
import { decideResponse } from '@shared/safety/gateResponse';
import { loadSafetySync } from '@shared/safety/loadSafetySync';
import { IN_REPO_AUTHORS, readAuthors } from './safety-authors';
import { crossValidatedReport } from './safety-cv';

/** The committed classifiers on every line of these authors. */
export function firstRun(authors: readonly AuthorSet[]): { users: UserOutcome[]; peers: PeerOutcome[] } {
  loadSafetySync();
  const users = authors.flatMap((a) =>
    a.users.map((line) => {
      const verdict = assessCrisis(line.text, line.recent ? { recent: line.recent } : {});
      return { line, verdict, response: decideResponse(verdict).response };
    }),
  );
  const peers = authors.flatMap((a) => a.peers.map((line) => ({ line, held: checkAdvice(line.text, line.previous ? { previous: line.previous } : {}).advice })));
  return { users, peers };
}

const jsonMeasures = (rows: readonly MeasureRow[]): Record<string, unknown> =>
  Object.fromEntries(rows.map((r) => [r.measure, { n: r.n, value: Number.isNaN(r.value) ? null : Math.round(r.value * 1000) / 1000, target: r.target ?? null, meets: meetsTarget(r) }]));

function main(argv: readonly string[]): void {
  const at = argv.indexOf('--authors');
  if (at >= 0) {
    const dir = argv[at + 1];
    if (!dir) throw new Error('--authors needs a folder');
    const authors = readAuthors(dir);
    const { users, peers } = firstRun(authors);
    const rows = headlineRows(users, peers);
    const perAuthor = authors.map((a) => formatRows(`\nAuthor ${a.author}`, headlineRows(users.filter((u) => u.line.author === a.author), peers.filter((p) => p.line.author === a.author))));
    process.stdout.write(`${formatRows(`First run of the committed classifiers on ${authors.map((a) => a.author).join(', ')}`, [...rows, ...breakdownRows(users, peers)])}\n${authors.length > 1 ? `${perAuthor.join('\n')}\n` : ''}`);
    process.stdout.write(`${JSON.stringify({ mode: 'first-run', authors: authors.map((a) => a.author), measures: jsonMeasures(rows) })}\n`);
    return;
  }
  const authors = readAuthors(IN_REPO_AUTHORS);
  const report = crossValidatedReport(authors);
  process.stdout.write(`${report.text}\n`);
  process.stdout.write(`${JSON.stringify({ mode: 'cross-validation', authors: report.freshAuthors, measures: jsonMeasures(report.rows), thresholds: report.thresholds, askCurve: report.curve })}\n`);
}

const invokedDirectly = process.argv[1] !== undefined && /safety-eval\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  try {
    main(process.argv.slice(2));
  } catch (error: unknown) {
    console.error('safety:eval failed:', error instanceof Error ? error.message : 'unknown error');
    process.exitCode = 1;
  }
}
