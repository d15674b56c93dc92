// The lifecycle every UI test file shares: one Chromium bench for the file, optionally one fake Ollama
// for the whole file, and the fake servers a test starts itself (`startFake`), closed after that test.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startFakeOllama, type FakeOllama, type FakeOllamaOptions } from '@tests/fake-ollama';
import { startUiBench, type OpenOptions, type UiBench } from './harness';

/** What a test file's bench gives its tests. */
export interface FileBench {
  /** Opens pages once the file's bench has started. */
  readonly bench: UiBench;
  /** Starts a fake Ollama for the running test; it is closed after that test. */
  readonly startFake: (options?: FakeOllamaOptions) => Promise<FakeOllama>;
  /** The file's own fake Ollama (the `fake` option), started beside the bench and closed after the file; usable inside tests. */
  readonly fake: FakeOllama;
}

/** Registers the file's bench (and its fake, given `fake` options), and the cleanup of both and of the tests' own fakes. */
export function benchForThisFile(options: { readonly storageBuckets?: boolean; readonly fake?: FakeOllamaOptions } = {}): FileBench {
  const { fake: fakeOptions, ...benchOptions } = options;
  let started: UiBench | undefined;
  let fileFake: FakeOllama | undefined;
  const fakes: FakeOllama[] = [];
  beforeAll(async () => {
    [started, fileFake] = await Promise.all([startUiBench(benchOptions), fakeOptions ? startFakeOllama(fakeOptions) : undefined]);
  });
  afterEach(async () => {
    while (fakes.length) await fakes.pop()!.close().catch(() => undefined);
  });
  afterAll(async () => {
    await Promise.all([started?.close(), fileFake?.close().catch(() => undefined)]);
  });
  const bench: UiBench = {
    open: (open?: OpenOptions) => {
      if (!started) throw new Error('The UI bench opens pages only inside a test');
      return started.open(open);
    },
    close: async () => started?.close(),
  };
  // The file's fake exists only once beforeAll has run; tests name it at the top of the file, so it
  // stands in for the started one and forwards to it.
  const fake = new Proxy({} as FakeOllama, {
    get: (_stand, key) => {
      if (!fileFake) throw new Error(fakeOptions ? "The file's fake Ollama is there only inside a test" : 'benchForThisFile({ fake: {…} }) starts the file\'s fake Ollama');
      const value: unknown = Reflect.get(fileFake, key);
      return typeof value === 'function' ? value.bind(fileFake) : value;
    },
  });
  const startFake = async (fakeOptions: FakeOllamaOptions = {}): Promise<FakeOllama> => {
    const started = await startFakeOllama(fakeOptions);
    fakes.push(started);
    return started;
  };
  return { bench, fake, startFake };
}
