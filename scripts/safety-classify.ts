// `npm run --silent safety:classify`: reads JSON lines {"id","text","role":"user"|"peer"} on stdin
// and writes one JSON line per input: {"id","crisis","categories","response","advice","reasons"}. User lines
// get the crisis assessment, peer lines the advice guard; both fields are always present. No model
// is used. Streams line by line.
//
// Decisions for odd input, documented here because they are part of the contract:
// - Blank lines are skipped and produce no output.
// - A missing or unknown role is treated as "user": a missed crisis is worse than an extra check.
// - Optional "recent" (also read as "history" or "context": the user's earlier messages, oldest
//   first, as strings or {text, role} objects) and "previous" (the sentence before a peer sentence)
//   are passed to the assessment and the guard.
// - Invalid JSON still gets a line: the id if one can be read from the text, reason "invalid-json",
//   advice false, and the crisis assessment of its "text" where one can be read (else of the raw
//   line itself). A broken line that says
//   "I want to die" is still routed: failing towards help is the safe default.
// - A line without a usable "text" gets crisis "none", advice false and reason "missing-text".
import { createInterface } from 'node:readline';
import { checkAdvice } from '@shared/safety/adviceGuard';
import { assessCrisis } from '@shared/safety/assessCrisis';
import type { CrisisAssessment } from '@shared/safety/crisisTypes';
import { decideResponse, type GateResponse } from '@shared/safety/gateResponse';
import { loadSafetySync } from '@shared/safety/loadSafetySync';

type Id = string | number | boolean | null;

/** One output line. */
interface ClassifyResult {
  id: Id;
  crisis: CrisisAssessment['level'];
  categories: CrisisAssessment['categories'];
  /** What the safety gate does with a user line (deterministic layers only); "group" for peer lines. */
  response: GateResponse;
  advice: boolean;
  reasons: string[];
}

const asId = (value: unknown): Id =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;

/** Reads an id out of a line that is not valid JSON, e.g. {"id": 7, "text": "unterminated. */
function salvageId(line: string): Id {
  const m = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/.exec(line);
  if (!m?.[1]) return null;
  try {
    return asId(JSON.parse(m[1]));
  } catch {
    return null;
  }
}

/** Reads the text out of a line that is not valid JSON, up to its end when the string is unterminated. */
function salvageText(line: string): string | null {
  const m = /"text"\s*:\s*"((?:[^"\\]|\\.)*)/.exec(line);
  if (!m?.[1]) return null;
  try {
    return JSON.parse(`"${m[1].replace(/\\$/, '')}"`) as string;
  } catch {
    return m[1];
  }
}

/** Earlier user messages, as strings or as {text, role} objects (peer lines in them are skipped). */
function recentMessages(record: Record<string, unknown>): string[] | undefined {
  const value = record.recent ?? record.history ?? record.context;
  if (!Array.isArray(value)) return undefined;
  const texts = value.flatMap((v: unknown) => {
    if (typeof v === 'string') return [v];
    if (typeof v === 'object' && v !== null) {
      const o = v as Record<string, unknown>;
      if (typeof o.text === 'string' && o.role !== 'peer') return [o.text];
    }
    return [];
  });
  return texts.length > 0 ? texts : undefined;
}

/** Classifies one non-blank input line. */
export function classifyLine(line: string): ClassifyResult {
  loadSafetySync();
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    // The message inside a broken line, when one can be read, is assessed without the JSON around it.
    const a = assessCrisis(salvageText(line) ?? line);
    return { id: salvageId(line), crisis: a.level, categories: a.categories, response: decideResponse(a).response, advice: false, reasons: ['invalid-json', ...a.reasons] };
  }
  const record = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  const id = asId(record.id);
  const text = typeof record.text === 'string' ? record.text : typeof record.text === 'number' ? String(record.text) : null;
  if (text === null) return { id, crisis: 'none', categories: [], response: 'group', advice: false, reasons: ['missing-text'] };

  if (record.role === 'peer') {
    const previous = typeof record.previous === 'string' ? record.previous : undefined;
    const a = checkAdvice(text, previous ? { previous } : {});
    return { id, crisis: 'none', categories: [], response: 'group', advice: a.advice, reasons: [...a.flags, ...a.reasons] };
  }
  const recent = recentMessages(record);
  const a = assessCrisis(text, recent ? { recent } : {});
  const roleNote = record.role === undefined || record.role === 'user' ? [] : ['unknown-role-as-user'];
  return { id, crisis: a.level, categories: a.categories, response: decideResponse(a).response, advice: false, reasons: [...roleNote, ...a.reasons] };
}

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const ok = process.stdout.write(`${JSON.stringify(classifyLine(line))}\n`);
    if (!ok) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  }
}

const invokedDirectly = process.argv[1] !== undefined && /safety-classify\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  main().catch((error: unknown) => {
    console.error('safety:classify failed:', error instanceof Error ? error.message : 'unknown error');
    process.exitCode = 1;
  });
}
