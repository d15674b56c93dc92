/**
 * The oldest Ollama Hearth accepts: structured outputs (`format` with a JSON schema) arrived in 0.5.0,
 * and Hearth's planner depends on them.
 */
export const MINIMUM_OLLAMA_VERSION = '0.5.0';

/** Numeric parts of "0.12.3", "v0.5.0-rc1" → [0, 12, 3]; null when it is not a version. */
function parts(version: string): number[] | null {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(version.trim());
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

/** True when `version` is older than `minimum`. An unreadable version counts as too old. */
export function isOlderThan(version: string, minimum: string = MINIMUM_OLLAMA_VERSION): boolean {
  const a = parts(version);
  const b = parts(minimum);
  if (!a || !b) return true;
  for (let i = 0; i < 3; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}
