import { HearthFailure, type RuntimeState } from '@shared/contract';
import { ollamaHostEnv, parseHost, type ParsedHost } from './hostSetting';
import { probeServer, type ProbeResult } from './probe';
import { sleep } from './retry';
import { isOlderThan, MINIMUM_OLLAMA_VERSION } from './version';

/** The part of a child process the supervisor uses (node's ChildProcess fits). */
export interface ServerProcess {
  readonly exitCode: number | null;
  kill(signal?: NodeJS.Signals): boolean;
  once(event: 'exit', listener: (code: number | null) => void): unknown;
  once(event: 'error', listener: (error: Error) => void): unknown;
}

/** Starts `<binary> serve` with the given environment (node's spawn in production). */
export type SpawnServer = (binary: string, args: readonly string[], env: Readonly<Record<string, string | undefined>>) => ServerProcess;

/** What the supervisor needs, injected so it runs without Electron and tests can fake the OS. */
export interface SupervisorDeps {
  readonly host: () => Promise<ParsedHost>;
  readonly findBinary: () => Promise<string | null>;
  readonly spawn: SpawnServer;
  /** The environment the server inherits (OLLAMA_HOST is set on top). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly probe?: (host: string) => Promise<ProbeResult>;
  /** How long `ollama serve` may take to answer (first start can load GPU libraries). */
  readonly startTimeoutMs?: number;
  readonly pollIntervalMs?: number;
  /** How long a stopped server gets to exit before it is killed. */
  readonly stopGraceMs?: number;
  /** A free TCP port on 127.0.0.1 for a server Hearth starts (the OS picks it). */
  readonly freePort: () => Promise<number>;
}

/** The server's state as the supervisor sees it. */
export interface ServerStatus {
  readonly state: RuntimeState;
  readonly host: ParsedHost;
  readonly version: string | null;
  readonly startedByHearth: boolean;
}

/**
 * Finds, starts and stops Ollama. Stops only a server it started itself. A server Hearth starts
 * listens on a random loopback port that only Hearth knows, not on the well-known 11434: whatever
 * answers there may be anything, and settings say so when Hearth did not start it.
 */
export class OllamaSupervisor {
  private child: ServerProcess | undefined;
  private childHost: ParsedHost | undefined;
  private starting: Promise<ServerStatus> | undefined;

  constructor(private readonly deps: SupervisorDeps) {}

  /** True while a server Hearth spawned is alive. */
  get startedByHearth(): boolean {
    return this.child !== undefined && this.child.exitCode === null;
  }

  /** The address of the server Hearth started, while it runs. */
  get ownHost(): ParsedHost | undefined {
    return this.startedByHearth ? this.childHost : undefined;
  }

  /** Where to talk to now: Hearth's own server while it runs, otherwise the configured host. */
  private async target(): Promise<ParsedHost> {
    return this.ownHost ?? (await this.deps.host());
  }

  /** Probes the current host and explains what it found. */
  async status(): Promise<ServerStatus> {
    const host = await this.target();
    const probe = await (this.deps.probe ?? ((h: string) => probeServer(h)))(host.url);
    return this.explain(host, probe);
  }

  /** Starts `ollama serve` if it is installed but not running, and waits until it answers. */
  start(): Promise<ServerStatus> {
    this.starting ??= this.startOnce().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  /** Stops the server on quit, but only one that Hearth started. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    this.childHost = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const grace = sleep(this.deps.stopGraceMs ?? 5000).then(() => 'timeout' as const);
    if ((await Promise.race([exited.then(() => 'exited' as const), grace])) === 'timeout') child.kill('SIGKILL');
  }

  private async explain(host: ParsedHost, probe: ProbeResult, whileStarting = false): Promise<ServerStatus> {
    const base = { host, startedByHearth: this.startedByHearth };
    if (probe.kind === 'answered') {
      return { ...base, version: probe.version, state: isOlderThan(probe.version, MINIMUM_OLLAMA_VERSION) ? 'too-old' : 'running' };
    }
    if (this.starting && !whileStarting) return { ...base, version: null, state: 'starting' };
    if (probe.kind === 'refused' && host.isLoopback) {
      const binary = await this.deps.findBinary();
      return { ...base, version: null, state: binary ? 'stopped' : 'not-installed' };
    }
    return { ...base, version: null, state: 'unreachable' };
  }

  private async startOnce(): Promise<ServerStatus> {
    const configured = await this.target();
    const before = await this.explain(configured, await (this.deps.probe ?? probeServer)(configured.url), true);
    if (before.state === 'running' || before.state === 'too-old') return before;
    if (before.state === 'not-installed') throw new HearthFailure('ollama-not-installed', 'Ollama is not installed on this computer.');
    if (before.state !== 'stopped') throw new HearthFailure('server-not-running', 'Hearth cannot start a server at that address.');
    const binary = await this.deps.findBinary();
    if (!binary) throw new HearthFailure('ollama-not-installed', 'Ollama is not installed on this computer.');

    const own = parseHost(`127.0.0.1:${await this.deps.freePort()}`);
    if (!own.ok) throw new HearthFailure('internal', 'No free local port for the model server.');
    const host = own.host;
    const child = this.deps.spawn(binary, ['serve'], { ...this.deps.env, OLLAMA_HOST: ollamaHostEnv(host) });
    this.child = child;
    this.childHost = host;
    let exited = false;
    child.once('exit', () => {
      exited = true;
    });
    child.once('error', () => {
      exited = true;
    });

    const deadline = Date.now() + (this.deps.startTimeoutMs ?? 20_000);
    const probe = this.deps.probe ?? ((h: string) => probeServer(h, { timeoutMs: 1000 }));
    while (Date.now() < deadline) {
      const result = await probe(host.url);
      if (result.kind === 'answered') return { ...(await this.explain(host, result, true)), startedByHearth: true };
      if (exited) break;
      await sleep(this.deps.pollIntervalMs ?? 250);
    }
    if (!exited) await this.stop();
    this.child = undefined;
    this.childHost = undefined;
    throw new HearthFailure('server-not-running', 'Ollama did not start. Try starting the Ollama app yourself, then check again.');
  }
}
