import { isAbortError, isConnectionBroken, isRefused, isUnresolvable } from './networkErrors';

/** What answered (or did not) at an address. */
export type ProbeResult =
  | { readonly kind: 'answered'; readonly version: string }
  | { readonly kind: 'refused' }
  | { readonly kind: 'no-answer' }
  | { readonly kind: 'not-ollama' }
  | { readonly kind: 'unresolvable' };

/** How long a probe waits: long enough for a busy server, short enough that nobody stares at a spinner. */
export const PROBE_TIMEOUT_MS = 1500;

/** Asks `GET /api/version` at the host, with a short timeout. Never throws. */
export async function probeServer(host: string, options: { timeoutMs?: number; fetch?: typeof fetch } = {}, retried = false): Promise<ProbeResult> {
  const doFetch = options.fetch ?? fetch;
  try {
    const response = await doFetch(`${host}/api/version`, { signal: AbortSignal.timeout(options.timeoutMs ?? PROBE_TIMEOUT_MS) });
    if (!response.ok) return { kind: 'not-ollama' };
    const body = (await response.json().catch(() => null)) as { version?: unknown } | null;
    return typeof body?.version === 'string' ? { kind: 'answered', version: body.version } : { kind: 'not-ollama' };
  } catch (error) {
    if (isRefused(error)) return { kind: 'refused' };
    // A pooled keep-alive socket to a server that just went away fails once; ask again on a fresh one.
    if (!retried && isConnectionBroken(error)) return probeServer(host, options, true);
    if (isUnresolvable(error)) return { kind: 'unresolvable' };
    if (isAbortError(error)) return { kind: 'no-answer' };
    return { kind: 'no-answer' };
  }
}
