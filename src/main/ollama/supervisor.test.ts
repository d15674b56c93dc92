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
      freePort: async () => 49_321,
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
      freePort: async () => 49_321,
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
      freePort: async () => 49_321,
      probe: async (): Promise<ProbeResult> => ({ kind: 'refused' }),
    });
    await expect(supervisor.status()).resolves.toMatchObject({ state: 'unreachable' });
    await expect(supervisor.start()).rejects.toMatchObject({ code: 'server-not-running' });
    expect(spawned).toBe(false);
  });

  it('starts its own server on a random loopback port (never the well-known one) and talks to it there', async () => {
    const spawned: string[] = [];
    const probed: string[] = [];
    const supervisor = new OllamaSupervisor({
      host: async () => host,
      findBinary: async () => '/usr/bin/ollama',
      spawn: (_binary, _args, env) => {
        spawned.push(env['OLLAMA_HOST'] ?? '');
        return stubbornChild().child;
      },
      env: {},
      freePort: async () => 49_321,
      probe: async (url): Promise<ProbeResult> => {
        probed.push(url);
        return url.endsWith(':49321') && spawned.length ? { kind: 'answered', version: '0.12.3' } : { kind: 'refused' };
      },
      pollIntervalMs: 5,
    });
    await expect(supervisor.start()).resolves.toMatchObject({ state: 'running', startedByHearth: true, host: { url: 'http://127.0.0.1:49321', isLoopback: true } });
    expect(spawned).toEqual(['127.0.0.1:49321']);
    expect(supervisor.ownHost?.url).toBe('http://127.0.0.1:49321');
    await expect(supervisor.status()).resolves.toMatchObject({ state: 'running', startedByHearth: true, host: { port: '49321' } });
    expect(probed[0]).toBe('http://127.0.0.1:11434');
  });

  it('uses a server already answering at the configured address, and says Hearth did not start it', async () => {
    let spawned = false;
    const supervisor = new OllamaSupervisor({
      host: async () => host,
      findBinary: async () => '/usr/bin/ollama',
      spawn: () => {
        spawned = true;
        return stubbornChild().child;
      },
      env: {},
      freePort: async () => 49_321,
      probe: async (): Promise<ProbeResult> => ({ kind: 'answered', version: '0.12.3' }),
    });
    await expect(supervisor.start()).resolves.toMatchObject({ state: 'running', startedByHearth: false, host: { port: '11434' } });
    expect(spawned).toBe(false);
  });
});
