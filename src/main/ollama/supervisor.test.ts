import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { parseHost } from './hostSetting';
import type { ProbeResult } from './probe';
import { OllamaSupervisor, type ServerProcess } from './supervisor';

const host = (() => {
  const parsed = parseHost('127.0.0.1:11434');
  if (!parsed.ok) throw new Error('parse');
  return parsed.host;
})();

/** A child that ignores SIGTERM (a hung server) and dies on SIGKILL. */
function stubbornChild() {
  const signals: string[] = [];
  const child = Object.assign(new EventEmitter(), {
    exitCode: null as number | null,
    kill: (signal?: string) => {
      signals.push(signal ?? 'SIGTERM');
      if (signal === 'SIGKILL') {
        child.exitCode = 137;
        child.emit('exit', 137);
      }
      return true;
    },
  });
  return { child: child as unknown as ServerProcess, signals };
}

describe('supervisor', () => {
  it('kills a server it started that ignores SIGTERM, after the grace period', async () => {
    const { child, signals } = stubbornChild();
    let answering = false;
    const supervisor = new OllamaSupervisor({
      host: async () => host,
      findBinary: async () => '/usr/bin/ollama',
      spawn: () => {
        answering = true;
        return child;
      },
      env: {},
      probe: async (): Promise<ProbeResult> => (answering ? { kind: 'answered', version: '0.12.3' } : { kind: 'refused' }),
      stopGraceMs: 50,
      pollIntervalMs: 5,
    });
    await expect(supervisor.start()).resolves.toMatchObject({ state: 'running', startedByHearth: true });
    await supervisor.stop();
    expect(signals).toEqual(['SIGTERM', 'SIGKILL']);
    expect(supervisor.startedByHearth).toBe(false);
  });

  it('gives up with server-not-running when the server never answers, and cleans up its child', async () => {
    const { child, signals } = stubbornChild();
    const supervisor = new OllamaSupervisor({
      host: async () => host,
      findBinary: async () => '/usr/bin/ollama',
      spawn: () => child,
      env: {},
      probe: async (): Promise<ProbeResult> => ({ kind: 'refused' }),
      startTimeoutMs: 60,
      pollIntervalMs: 10,
      stopGraceMs: 10,
    });
    await expect(supervisor.start()).rejects.toMatchObject({ code: 'server-not-running' });
    expect(signals).toContain('SIGKILL');
  });

  it('reports unreachable (never starts anything) for a remote host that refuses', async () => {
    const remote = parseHost('192.168.1.9:11434');
    if (!remote.ok) throw new Error('parse');
    let spawned = false;
    const supervisor = new OllamaSupervisor({
      host: async () => remote.host,
      findBinary: async () => '/usr/bin/ollama',
      spawn: () => {
        spawned = true;
        return stubbornChild().child;
      },
      env: {},
      probe: async (): Promise<ProbeResult> => ({ kind: 'refused' }),
    });
    await expect(supervisor.status()).resolves.toMatchObject({ state: 'unreachable' });
    await expect(supervisor.start()).rejects.toMatchObject({ code: 'server-not-running' });
    expect(spawned).toBe(false);
  });
});
