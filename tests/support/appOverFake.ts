// The whole app path in one node process: the fake Ollama server, the real model runtime and main
// handlers, the contract's handler host, and the typed client over a loopback transport that clones
// payloads like IPC. For integration tests and benchmarks of everything below the React tree.
import type { HearthApi } from '@shared/contract';
import type { ModelRuntime } from '@main/ollama/runtime';
import { connectApp } from '@scripts/evalModel/appOverHost';
import { startFakeOllama, type FakeOllama, type FakeOllamaOptions } from '../fake-ollama';

export interface AppOverFake {
  readonly fake: FakeOllama;
  readonly api: HearthApi;
  readonly runtime: ModelRuntime;
  close(): Promise<void>;
}

export async function startAppOverFake(options: FakeOllamaOptions = {}, model = 'llama3.2:3b'): Promise<AppOverFake> {
  const fake = await startFakeOllama(options);
  const app = connectApp(fake.url, model);
  return {
    fake,
    api: app.api,
    runtime: app.runtime,
    close: async () => {
      await app.close();
      await fake.close().catch(() => undefined);
    },
  };
}
