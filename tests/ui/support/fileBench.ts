// The lifecycle most UI test files share: one Chromium bench for the file, and the fake Ollama
// servers a test starts (pushed to `fakes`), closed after each test.
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { FakeOllama } from '@tests/fake-ollama';
import { startUiBench, type OpenOptions, type UiBench } from './harness';

/** Registers the file's bench and fake cleanup; `bench` opens pages once the file's bench has started. */
export function benchForThisFile(options: { readonly storageBuckets?: boolean } = {}): { readonly bench: UiBench; readonly fakes: FakeOllama[] } {
  let started: UiBench | undefined;
  const fakes: FakeOllama[] = [];
  beforeAll(async () => {
    started = await startUiBench(options);
  });
  afterEach(async () => {
    while (fakes.length) await fakes.pop()!.close().catch(() => undefined);
  });
  afterAll(async () => {
    await started?.close();
  });
  const bench: UiBench = {
    open: (open?: OpenOptions) => {
      if (!started) throw new Error('The UI bench opens pages only inside a test');
      return started.open(open);
    },
    close: async () => started?.close(),
  };
  return { bench, fakes };
}
