// One harness run: connect to the server through main's runtime, play the chosen sessions one after
// another (as one person's groups would be), compute the figures and write both reports.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalModelName } from '@main/ollama/models';
import type { EvalArgs } from './args';
import { connectApp } from './appOverHost';
import { computeFigures } from './figures';
import { buildReport, renderMarkdown, type EvalReport } from './report';
import { runSession, type SessionRecord } from './runSession';
import { scriptedSessions, spreadSessions } from './sessions';

/** Where a run wrote its reports. */
export interface EvalOutcome {
  readonly report: EvalReport;
  readonly markdownPath: string;
  readonly jsonPath: string;
}

const stamp = (d: Date): string => d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

/** Runs the harness against `host` with `model`; `progress` hears one line per session (never any text the model wrote). */
export async function evaluateModel(args: EvalArgs & { host: string; model: string }, progress: (line: string) => void = () => undefined): Promise<EvalOutcome> {
  const app = connectApp(args.host, args.model);
  const started = new Date();
  const t0 = performance.now();
  try {
    const status = await app.api.ollama.status({});
    if (!status.ok) throw new Error(`the server did not answer: ${status.error.message}`);
    if (status.value.state !== 'running') throw new Error(`the server at ${args.host} is ${status.value.state}`);
    if (!status.value.models.some((m) => canonicalModelName(m.name) === canonicalModelName(args.model))) {
      throw new Error(`${args.model} is not installed on that server (ollama pull ${args.model})`);
    }
    let chosen = scriptedSessions().filter((s) => !args.only || s.id.includes(args.only));
    if (args.sessions) chosen = spreadSessions(chosen, args.sessions);
    if (chosen.length === 0) throw new Error('no session matches');
    const records: SessionRecord[] = [];
    for (const [i, script] of chosen.entries()) {
      const record = await runSession(script, { api: app.api, model: args.model, numCtx: args.numCtx, layers: args.layers === 'on', seed: args.seed });
      records.push(record);
      progress(`${i + 1}/${chosen.length} ${script.id}: ${record.turns.reduce((a, t) => a + t.replies.length, 0)} replies, ${(record.wallMs / 1000).toFixed(1)} s`);
    }
    const report = buildReport(
      { host: args.host, model: args.model, serverVersion: status.value.version ?? 'unknown', layers: args.layers === 'on', numCtx: args.numCtx, startedAt: started.toISOString(), wallSeconds: (performance.now() - t0) / 1000 },
      computeFigures(records),
      records,
    );
    await mkdir(args.out, { recursive: true });
    const base = join(args.out, `${args.model.replace(/[^a-zA-Z0-9.-]+/g, '_')}-${stamp(started)}`);
    const markdownPath = `${base}.md`;
    const jsonPath = `${base}.json`;
    await writeFile(markdownPath, renderMarkdown(report), 'utf8');
    await writeFile(jsonPath, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
    return { report, markdownPath, jsonPath };
  } finally {
    await app.close();
  }
}
