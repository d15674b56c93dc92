// The whole app path in one node process: the fake Ollama server, the real model runtime and main
// handlers, the contract's handler host, and the typed client over a loopback transport that clones
// payloads like IPC. For integration tests and benchmarks of everything below the React tree.
import { createHearthApi, hearthContract, type HearthApi } from '../../src/shared/contract';
import { createHandlers } from '../../src/main/handlers/createHandlers';
import { createHandlerHost } from '../../src/main/ipc/handlerHost';
import { createLoopbackTransport } from '../../src/main/ipc/loopbackTransport';
import { createRuntime } from '../../src/main/ollama/createRuntime';
import { memorySettingsStorage } from '../../src/main/ollama/hostSetting';
import type { ModelRuntime } from '../../src/main/ollama/runtime';
import { startFakeOllama, type FakeOllama, type FakeOllamaOptions } from '../fake-ollama';

export interface AppOverFake {
  readonly fake: FakeOllama;
  readonly api: HearthApi;
  readonly runtime: ModelRuntime;
  close(): Promise<void>;
}

const GiB = 1024 ** 3;

export async function startAppOverFake(options: FakeOllamaOptions = {}, model = 'llama3.2:3b'): Promise<AppOverFake> {
  const fake = await startFakeOllama(options);
  const runtime = createRuntime({
    settings: memorySettingsStorage({ host: fake.url, activeModel: model }),
    findBinary: async () => null,
    machine: async () => ({ totalMemoryBytes: 16 * GiB, freeDiskBytes: 200 * GiB }),
    pullProgressIntervalMs: 0,
  });
  const handlers = createHandlers({
    app: { name: 'Hearth', version: '0.1.0', platform: 'linux', locale: 'en-US', testBench: true },
    shell: { allowedDomains: [], open: async () => undefined },
    ollama: { runtime, openExternal: async () => undefined },
  });
  const host = createHandlerHost({ contract: hearthContract, handlers, isTrustedSender: () => true });
  const api = createHearthApi(createLoopbackTransport(host, 'app://hearth/'));
  return {
    fake,
    api,
    runtime,
    close: async () => {
      host.cancelAll();
      await runtime.supervisor.stop();
      await fake.close().catch(() => undefined);
    },
  };
}
