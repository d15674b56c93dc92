import { Ollama } from 'ollama';

/**
 * A fresh ollama client for one operation. One client per stream, so aborting one never stops
 * another (the client's own `abort()` stops all of its streams). The extra signal reaches every
 * fetch, including the wait for response headers, which the client's per-stream abort cannot.
 */
export function createOllamaClient(host: string, signal?: AbortSignal): Ollama {
  if (!signal) return new Ollama({ host });
  const signalled: typeof fetch = (input, init) =>
    fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal });
  return new Ollama({ host, fetch: signalled });
}
