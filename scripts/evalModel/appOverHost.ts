// Hearth's main process below Electron, pointed at one Ollama server: the real model runtime and
// main handlers, the contract's handler host, and the typed client over a loopback transport that
// clones payloads like IPC. The model-quality harness talks to a model through it exactly as the
// app does; the tests' app over the fake server is built the same way.
import { createHearthApi, hearthContract, type HearthApi } from '@shared/contract';
import { createHandlers } from '@main/handlers/createHandlers';
import { createHandlerHost } from '@main/ipc/handlerHost';
import { createLoopbackTransport } from '@main/ipc/loopbackTransport';
import { createRuntime } from '@main/ollama/createRuntime';
import { memorySettingsStorage } from '@main/ollama/hostSetting';
import type { ModelRuntime } from '@main/ollama/runtime';

/** The app's API over one server, and how to let go of it. */
export interface AppOverHost {
  readonly api: HearthApi;
  readonly runtime: ModelRuntime;
  close(): Promise<void>;
}

const GiB = 1024 ** 3;

/** Connects Hearth's main handlers to the Ollama server at `host` (a URL), with `model` as the chosen model. */
export function connectApp(host: string, model: string): AppOverHost {
  const runtime = createRuntime({
    settings: memorySettingsStorage({ host, activeModel: model }),
    // Never start a server of our own: the harness measures the one it was given.
    findBinary: async () => null,
    machine: async () => ({ totalMemoryBytes: 16 * GiB, freeDiskBytes: 200 * GiB }),
    pullProgressIntervalMs: 0,
  });
  const handlers = createHandlers({
    app: { name: 'Hearth', version: '0.1.0', platform: process.platform, locale: 'en-US', testBench: true },
    shell: { allowedDomains: [], open: async () => undefined },
    ollama: { runtime, openExternal: async () => undefined },
  });
  const handlerHost = createHandlerHost({ contract: hearthContract, handlers, isTrustedSender: () => true });
  const api = createHearthApi(createLoopbackTransport(handlerHost, 'app://hearth/'));
  return {
    api,
    runtime,
    close: async () => {
      handlerHost.cancelAll();
      await runtime.supervisor.stop();
    },
  };
}
