// Captures everything written to the console and to stdout/stderr during a test, so a test can
// prove that no user text (marker strings) was logged.
import { expect, vi } from 'vitest';

export interface CapturedOutput {
  start(): void;
  stop(): void;
  lines(): readonly string[];
  expectNoMarkers(): void;
}

export function captureOutput(markers: readonly string[]): CapturedOutput {
  let written: string[] = [];
  return {
    start: () => {
      written = [];
      const record = (...args: unknown[]): void => void written.push(args.map((a) => (typeof a === 'string' ? a : (JSON.stringify(a) ?? String(a)))).join(' '));
      for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) vi.spyOn(console, level).mockImplementation(record);
      for (const stream of [process.stdout, process.stderr]) {
        const original = stream.write.bind(stream) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
        vi.spyOn(stream, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
          written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
          return original(chunk, ...rest);
        }) as typeof stream.write);
      }
    },
    stop: () => vi.restoreAllMocks(),
    lines: () => written,
    expectNoMarkers: () => {
      const all = written.join('\n');
      for (const marker of markers) expect(all).not.toContain(marker);
    },
  };
}
