import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { constants } from 'node:fs';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { findOllamaBinary } from './binaryLocations';
import { RuntimeSettingsStore, memorySettingsStorage, type SettingsStorage } from './hostSetting';
import { freeDiskBytes, modelsDirectory } from './machineFacts';
import type { ChatTimeouts } from './chat';
import type { MachineFacts } from './recommend';
import { ModelRuntime } from './runtime';
import { OllamaSupervisor, type SpawnServer } from './supervisor';

/** A JSON file holding the runtime settings (host, chosen model). */
export function fileSettingsStorage(path: string): SettingsStorage {
  return {
    read: async () => JSON.parse(await readFile(path, 'utf8')) as unknown,
    write: async (value) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, JSON.stringify(value, null, 2), 'utf8');
    },
  };
}

const isExecutable = async (path: string): Promise<boolean> => {
  try {
    await access(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** `ollama serve` as a child that dies with us; its output is not kept (it can echo prompts). */
export const spawnOllamaServe: SpawnServer = (binary, args, env) =>
  spawn(binary, [...args], { env: { ...env }, stdio: 'ignore', windowsHide: true, detached: false });

/** A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it; bound, then released). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no port'))));
    });
  });
}

/** Everything a runtime can be built from; what is left out is taken from this machine. */
export interface RuntimeOptions {
  readonly settings?: SettingsStorage;
  readonly findBinary?: () => Promise<string | null>;
  readonly spawn?: SpawnServer;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly machine?: () => Promise<MachineFacts>;
  readonly chatTimeouts?: ChatTimeouts;
  readonly pullProgressIntervalMs?: number;
  readonly startTimeoutMs?: number;
  readonly freePort?: () => Promise<number>;
  /** Asks the person, in a native dialog, before Hearth talks to a server on another computer. Default: refuse. */
  readonly confirmRemoteHost?: (url: string) => Promise<boolean>;
}

/** Builds a runtime; tests and the UI bench point it at a fake server through `settings`. */
export function createRuntime(options: RuntimeOptions = {}): ModelRuntime {
  const env = options.env ?? process.env;
  const home = homedir();
  return new ModelRuntime({
    settings: new RuntimeSettingsStore(options.settings ?? memorySettingsStorage()),
    supervisor: (runtime) =>
      new OllamaSupervisor({
        host: () => runtime.currentHost(),
        findBinary: options.findBinary ?? (() => findOllamaBinary({ platform: process.platform, env, homeDir: home, isExecutable })),
        spawn: options.spawn ?? spawnOllamaServe,
        env,
        freePort: options.freePort ?? freeLoopbackPort,
        ...(options.startTimeoutMs !== undefined ? { startTimeoutMs: options.startTimeoutMs } : {}),
      }),
    confirmRemoteHost: options.confirmRemoteHost ?? (async () => false),
    machine: options.machine ?? (async () => ({ totalMemoryBytes: totalmem(), freeDiskBytes: await freeDiskBytes(modelsDirectory(env, home)) })),
    ...(options.chatTimeouts ? { chatTimeouts: options.chatTimeouts } : {}),
    ...(options.pullProgressIntervalMs !== undefined ? { pullProgressIntervalMs: options.pullProgressIntervalMs } : {}),
  });
}

/** The runtime wired to this machine, with its settings in a JSON file. */
export function createMachineRuntime(options: { settingsFile?: string; confirmRemoteHost?: (url: string) => Promise<boolean> } = {}): ModelRuntime {
  return createRuntime({
    ...(options.settingsFile ? { settings: fileSettingsStorage(options.settingsFile) } : {}),
    ...(options.confirmRemoteHost ? { confirmRemoteHost: options.confirmRemoteHost } : {}),
  });
}
