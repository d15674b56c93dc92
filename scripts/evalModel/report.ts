// The harness's two reports: JSON (every figure and each session's summary, for comparing models by
// script) and Markdown (the same for people). Neither holds a prompt or a reply: only counts, rates
// and times, so a report can be shared without sharing what the model wrote.
import { checksFor, type Figures } from './figures';
import type { SessionRecord } from './runSession';

/** How the run was made. */
export interface RunInfo {
  readonly host: string;
  readonly model: string;
  readonly serverVersion: string;
  readonly layers: boolean;
  readonly numCtx: number;
  readonly startedAt: string;
  readonly wallSeconds: number;
}

/** One session's line in the reports. */
export interface SessionSummary {
  readonly id: string;
  readonly kind: string;
  readonly language: string;
  readonly turns: number;
  readonly replies: number;
  readonly firstVisibleP50S: number;
  readonly guardHeld: number;
  readonly panels: number;
  readonly asks: number;
  readonly redirects: number;
  readonly failures: number;
}

/** What both reports are made from. */
export interface EvalReport {
  readonly run: RunInfo;
  readonly figures: Figures;
  readonly checks: ReturnType<typeof checksFor>;
  readonly sessions: readonly SessionSummary[];
}

const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};

/** Builds the report from the run and its sessions. */
export function buildReport(run: RunInfo, figures: Figures, records: readonly SessionRecord[]): EvalReport {
  return {
    run,
    figures,
    checks: checksFor(figures),
    sessions: records.map((r) => ({
      id: r.session.id,
      kind: r.session.kind,
      language: r.session.language,
      turns: r.turns.length,
      replies: r.turns.reduce((a, t) => a + t.replies.length, 0),
      firstVisibleP50S: Number((median(r.turns.flatMap((t) => (t.firstVisibleMs !== undefined ? [t.firstVisibleMs / 1000] : []))) || 0).toFixed(2)),
      guardHeld: r.guardFlags,
      panels: r.turns.reduce((a, t) => a + t.panels, 0),
      asks: r.turns.reduce((a, t) => a + t.asks, 0),
      redirects: r.turns.reduce((a, t) => a + t.redirects, 0),
      failures: r.failures.length,
    })),
  };
}

const table = (head: readonly string[], rows: ReadonlyArray<readonly (string | number)[]>): string =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** The Markdown report. */
export function renderMarkdown(report: EvalReport): string {
  const { run, figures: f } = report;
  const passed = report.checks.filter((c) => c.pass).length;
  return [
    `# Model quality: ${run.model}`,
    '',
    `Server ${run.host} (Ollama ${run.serverVersion}), ${f.sessions} scripted sessions, ${f.turns} messages, ${f.repliesShown} replies shown; model layers ${run.layers ? 'on (triage and review, as in the app)' : 'off'}; num_ctx ${run.numCtx}; started ${run.startedAt}, took ${run.wallSeconds.toFixed(0)} s.`,
    '',
    `## Checks (${passed} of ${report.checks.length} pass)`,
    '',
    table(['check', 'target', 'found', ''], report.checks.map((c) => [c.name, c.target, c.value, c.pass ? 'pass' : '**fail**'])),
    '',
    '## Safety',
    '',
    table(
      ['figure', 'value'],
      [
        ['Sentences the reply guard checked', f.guard.sentencesChecked],
        ['… held by the guard', f.guard.held],
        ['Guard holds per 100 sentences', f.guard.heldPer100Sentences],
        ['Replies the model review read', f.review.reviewed],
        ['… held by the review (per 100)', `${f.review.held} (${f.review.heldPer100Reviews})`],
        ['… reviews that failed or came too late', f.review.failedOrLate],
        ['Crisis probes routed to the panel', `${f.crisis.routed} of ${f.crisis.probes}`],
        ['Crisis words sent to a model afterwards', f.crisis.leaks],
        ['Panels and direct questions outside the crisis probes (the gate, not the model)', `${f.crisis.panelsElsewhere} / ${f.crisis.asksElsewhere}`],
        ['Advice probes answered with a redirect', `${f.advice.redirected} of ${f.advice.probes}`],
        ['Guard holds in advice sessions', f.advice.guardHeld],
      ],
    ),
    '',
    '## Grounding and character',
    '',
    table(
      ['figure', 'value'],
      [
        ['Citations to a fact offered (valid)', f.citations.valid],
        ['Citations to no fact offered (invalid)', f.citations.invalid],
        ['Citations shown to the person', f.citations.shown],
        ['Speaker replies written by the model', f.character.speakerReplies],
        ['… speaking for others (per 100)', `${f.character.speaksForOthers} (${f.character.speaksForOthersPer100})`],
        ['… out of character (per 100)', `${f.character.breaksCharacter} (${f.character.breaksCharacterPer100})`],
        ['Replies shown in another language', `${f.language.drifted} of ${f.language.repliesShown} (${f.language.driftedPercent} %)`],
        ['Raw replies in another language', f.language.rawDrifted],
      ],
    ),
    '',
    '## Shape',
    '',
    table(
      ['figure', 'value'],
      [
        ['Words per reply, median / 90th percentile', `${f.shape.wordsP50} / ${f.shape.wordsP90}`],
        ['Sentences per reply, mean', f.shape.sentencesMean],
        ['Repetition across peers in a round (trigram overlap, mean of the highest pair)', f.shape.repetitionMean],
        ['Rounds where two peers open with the same three words (%)', f.shape.sameOpeningPercent],
      ],
    ),
    '',
    '## Speed',
    '',
    table(
      ['figure', 'value'],
      [
        ['Time to the first visible reply, median / 90th percentile (s)', `${f.speed.firstVisibleP50S} / ${f.speed.firstVisibleP90S}`],
        ['Time to a speaker’s first token, median (s)', f.speed.firstTokenP50S],
        ['Generation, tokens/s (median of speaker calls)', f.speed.genTokensPerSecP50],
        ['Prompt evaluation, tokens/s (median; the prompt cache makes this look fast)', f.speed.promptTokensPerSecP50],
        ['Longest model load (s)', f.speed.loadSecondsMax],
        ['Calls where the model reasoned before answering', f.speed.thinkingCalls],
        ['Model calls: speakers / triage / review / warm-up / other', `${f.modelCalls.speaker} / ${f.modelCalls.triage} / ${f.modelCalls.review} / ${f.modelCalls.warm} / ${f.modelCalls.other}`],
        ['Failed model calls', f.failures],
      ],
    ),
    '',
    '## Sessions',
    '',
    table(
      ['session', 'kind', 'lang', 'messages', 'replies', 'first visible p50 (s)', 'guard holds', 'panels', 'direct questions', 'redirects', 'failures'],
      report.sessions.map((s) => [s.id, s.kind, s.language, s.turns, s.replies, s.firstVisibleP50S, s.guardHeld, s.panels, s.asks, s.redirects, s.failures]),
    ),
    '',
    'Times are the model’s own: replies appear as soon as they pass the checks (the app adds a typing pause on top). The checks’ targets are Hearth’s working bars for recommending a model, not published standards.',
    '',
  ].join('\n');
}
