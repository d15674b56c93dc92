/**
 * Ollama's `/api/show` `parameters` text ("stop   \"<|eot_id|>\"" one per line, names repeated
 * for lists) back into the object `/api/create` takes.
 */
export function parseShowParameters(text: string | undefined): Record<string, string | number | Array<string | number>> {
  const out: Record<string, string | number | Array<string | number>> = {};
  for (const line of (text ?? '').split('\n')) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s+(.+?)\s*$/.exec(line);
    if (!match) continue;
    const [, key, raw] = match as unknown as [string, string, string];
    let value: string | number = raw;
    if (/^".*"$/.test(raw)) {
      try {
        value = JSON.parse(raw) as string;
      } catch {
        value = raw.slice(1, -1);
      }
    } else if (/^-?\d+(\.\d+)?$/.test(raw)) value = Number(raw);
    const before = out[key];
    out[key] = before === undefined ? value : Array.isArray(before) ? [...before, value] : [before, value];
  }
  return out;
}

/** The weights file a local model was made from: the FROM line of `/api/show`'s modelfile, when it is a path. */
export function weightsPathFrom(modelfile: string | undefined): string | null {
  const from = /^FROM\s+(.+?)\s*$/m.exec(modelfile ?? '')?.[1];
  if (!from) return null;
  return /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(from) ? from : null;
}
