import { z } from 'zod';

/** Ollama's own default address; Hearth uses the IPv4 loopback so nothing listens beyond this machine. */
export const DEFAULT_OLLAMA_HOST = 'http://127.0.0.1:11434';
const DEFAULT_PORT = '11434';

/** Why a host was refused. */
export type HostProblem = 'empty' | 'malformed' | 'scheme' | 'extra-parts';

/** A parsed server address: the normalised origin and whether it is this machine. */
export interface ParsedHost {
  readonly url: string;
  readonly hostname: string;
  readonly port: string;
  readonly isLoopback: boolean;
}

/**
 * Parses what a person types ("127.0.0.1:11434", "http://box.local:11434", "localhost") the way
 * Ollama reads OLLAMA_HOST: a missing scheme means http, a missing port means 11434.
 * Paths, queries and credentials are refused: they have no meaning for Ollama and could hide a typo.
 */
export function parseHost(input: string): { ok: true; host: ParsedHost } | { ok: false; problem: HostProblem } {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, problem: 'empty' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
  let url: URL;
  try {
    url = new URL(hasScheme ? trimmed : `http://${trimmed}`);
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, problem: 'scheme' };
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    return { ok: false, problem: 'extra-parts' };
  }
  if (!url.hostname) return { ok: false, problem: 'malformed' };
  const port = url.port || (hasScheme ? (url.protocol === 'https:' ? '443' : '80') : DEFAULT_PORT);
  return {
    ok: true,
    host: { url: `${url.protocol}//${url.hostname}:${port}`, hostname: url.hostname, port, isLoopback: isLoopbackHostname(url.hostname) },
  };
}

/** True for 127.0.0.0/8, ::1 and localhost: addresses that never leave this machine. */
export function isLoopbackHostname(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** The OLLAMA_HOST value that makes `ollama serve` listen on exactly this address. */
export const ollamaHostEnv = (host: ParsedHost): string =>
  `${host.hostname.includes(':') && !host.hostname.startsWith('[') ? `[${host.hostname}]` : host.hostname}:${host.port}`;

/** What Hearth remembers about its runtime between launches. */
export const RuntimeSettings = z.object({
  host: z.string().default(DEFAULT_OLLAMA_HOST),
  activeModel: z.string().nullable().default(null),
});
export type RuntimeSettings = z.infer<typeof RuntimeSettings>;

/** Where the settings are kept: a small JSON file in production, memory in tests. */
export interface SettingsStorage {
  read(): Promise<unknown>;
  write(value: RuntimeSettings): Promise<void>;
}

/** An in-memory storage (tests, the UI bench). */
export function memorySettingsStorage(initial: Partial<RuntimeSettings> = {}): SettingsStorage {
  let value: unknown = initial;
  return {
    read: async () => value,
    write: async (next) => {
      value = next;
    },
  };
}

/** Reads and writes the runtime settings; an unreadable file falls back to the defaults. */
export class RuntimeSettingsStore {
  private cached: RuntimeSettings | undefined;
  constructor(private readonly storage: SettingsStorage) {}

  async get(): Promise<RuntimeSettings> {
    if (this.cached) return this.cached;
    const parsed = RuntimeSettings.safeParse((await this.storage.read().catch(() => undefined)) ?? {});
    this.cached = parsed.success ? parsed.data : RuntimeSettings.parse({});
    return this.cached;
  }

  async update(patch: Partial<RuntimeSettings>): Promise<RuntimeSettings> {
    const next = { ...(await this.get()), ...patch };
    this.cached = next;
    await this.storage.write(next);
    return next;
  }
}
