// Loading a model ahead of its first reply, against the fake Ollama: an empty chat with the group's
// context size, so the reply that follows neither loads nor reloads it; and a quick exit or lock
// stops a load in flight like any model call.
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '@tests/fake-ollama';
import { createRuntime } from './createRuntime';
import { memorySettingsStorage } from './hostSetting';
import { ModelCalls } from './modelCalls';

let fake: FakeOllama | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function calls(options: Parameters<typeof startFakeOllama>[0] = {}): Promise<ModelCalls> {
  fake = await startFakeOllama(options);
  return new ModelCalls(createRuntime({ settings: memorySettingsStorage({ host: fake.url }), findBinary: async () => null }));
}

describe('loading a model ahead', () => {
  it('sends an empty chat with the context size and the replies’ keep-alive; the next reply at that size finds it loaded', async () => {
    const c = await calls({ speed: { loadMs: 120 } });
    const { loadMs } = await c.load({ model: 'llama3.2:3b', numCtx: 8192 });
    expect(loadMs).toBeGreaterThanOrEqual(100);
    expect(fake!.requests[0]?.body).toMatchObject({ model: 'llama3.2:3b', messages: [], keep_alive: '30m', options: { num_ctx: 8192 } });
    await c.chat({ model: 'llama3.2:3b', messages: [{ role: 'user', content: 'Hi' }], options: { numCtx: 8192 } }, new AbortController().signal, () => undefined);
    expect(fake!.stats.loads).toBe(1);
    expect((await c.load({ model: 'llama3.2:3b', numCtx: 8192 })).loadMs).toBeLessThan(50);
  });

  it('is stopped by a quick exit like any call', async () => {
    const c = await calls({ speed: { loadMs: 2000 } });
    const loading = c.load({ model: 'llama3.2:3b', numCtx: 4096 });
    await expect.poll(() => c.inFlight).toBe(1);
    expect(c.cancelAll()).toBe(1);
    await expect(loading).rejects.toMatchObject({ code: 'cancelled' });
  });
});
