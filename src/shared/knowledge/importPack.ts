// Import of an extra pack from a file a user or an organisation chose. Nothing in the file is trusted: it is
// parsed, validated against the schema and the pack rules, and every problem comes back as a sentence a
// person can act on ("Fact 'x' in experiences cites source 'y', which the pack does not declare").
import type { z } from 'zod';
import { KnowledgePack } from './packSchema';
import { checkPackRules } from './packRules';

/** The result of an import: the validated pack, or every reason it was refused. */
export type ImportResult =
  | { readonly ok: true; readonly pack: KnowledgePack }
  | { readonly ok: false; readonly errors: readonly string[] };

/** What an import is checked against. */
export interface ImportOptions {
  /** Reviewed publisher domains; imported citations must use them too, since Hearth opens them. */
  readonly allowedDomains: readonly string[];
  /** Ids of bundled packs, which an import may not replace. */
  readonly reservedPackIds?: readonly string[];
  /** Imports may be smaller than bundled packs; by default one fact and one source are enough. */
  readonly minFacts?: number;
  readonly minSources?: number;
}

/** Files larger than this are refused before parsing. */
export const MAX_IMPORT_BYTES = 2_000_000;
const MAX_ERRORS = 50;

/** Where a character offset falls, as "line L, column C" (1-based). */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const where = position?.[1] ? ` at ${lineAndColumn(text, Number(position[1]))}` : '';
  return `The file is not valid JSON${where}: ${message.replace(/\s*in JSON at position \d+.*$/, '')}`;
}

/** Renders an issue path like ["treatments", 0, "sideEffects", 2, "sources"] as "treatments[0].sideEffects[2].sources". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** The nearest id along a path, so a message can name the fact ("in fact 'x'") rather than only its place. */
function nearestId(root: unknown, path: readonly PropertyKey[]): string | undefined {
  let node: unknown = root;
  let found: string | undefined;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    if (node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') found = (node as { id: string }).id;
  }
  return found;
}

/** The value at a path, or undefined when any step is missing. */
function nearestValue(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** One schema issue as a sentence: where it is, which item it belongs to, and what is wrong. */
export function describeIssue(root: unknown, issue: z.core.$ZodIssue): string {
  const path = formatPath(issue.path);
  const id = nearestId(root, issue.path);
  const where = path ? `${path}${id ? ` (in '${id}')` : ''}` : 'the top level';
  // zod does not keep the input by default; its message says when the value was absent.
  if (/received undefined$/.test(issue.message) || (issue.code === 'invalid_value' && nearestValue(root, issue.path) === undefined)) return `${where} is missing`;
  const value = nearestValue(root, issue.path);
  if (issue.code === 'invalid_format' && typeof value === 'string' && /url/i.test(issue.message)) return `${where}: '${value}' is not an https address on a domain name`;
  return `${where}: ${issue.message}`;
}

/** Parses and validates a pack file's text; on success the pack is ready to register as imported. */
export function importPack(text: string, options: ImportOptions): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, errors: [`The file is too large (${text.length} characters); packs may be at most ${MAX_IMPORT_BYTES}`] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [describeJsonError(text, error)] };
  }
  const parsed = KnowledgePack.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.slice(0, MAX_ERRORS).map((issue) => describeIssue(raw, issue));
    if (parsed.error.issues.length > MAX_ERRORS) errors.push(`…and ${parsed.error.issues.length - MAX_ERRORS} more problems`);
    return { ok: false, errors: [`The file is not a valid Hearth knowledge pack:`, ...errors] };
  }
  const pack = parsed.data;
  const errors: string[] = [];
  if (options.reservedPackIds?.includes(pack.id)) errors.push(`A pack with id '${pack.id}' ships with Hearth; give the imported pack a different id`);
  const problems = checkPackRules(pack, { allowedDomains: options.allowedDomains, minFacts: options.minFacts ?? 1, minSources: options.minSources ?? 1 });
  for (const problem of problems) errors.push(problem.path ? `${problem.message} (at ${problem.path})` : problem.message);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pack };
}
