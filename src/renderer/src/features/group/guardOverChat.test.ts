// The guard model's second opinion through the real runtime and the fake Ollama: a slow guard's call
// is cancelled in the server, not only stopped being waited for.
import { afterEach, describe, expect, it } from 'vitest';
import { startAppOverFake, type AppOverFake } from '@tests/support/appOverFake';
import { guardOverChat } from './guardOverChat';

const GB = 2 ** 30;
const GUARD = 'llama-guard3:1b';
const apps: AppOverFake[] = [];
afterEach(async () => {
  while (apps.length) await apps.pop()!.close();
});

async function app(reply: { text: string; delayMs?: number }): Promise<AppOverFake> {
  const a = await startAppOverFake({ models: [{ name: 'llama3.2:3b', size: 2 * GB }, { name: GUARD, size: 1.6e9 }], reply });
  apps.push(a);
  return a;
}

describe('guardOverChat', () => {
  it('answers what the guard model said', async () => {
    const a = await app({ text: 'unsafe\nS11' });
    expect(await guardOverChat(a.api.llm.chat, GUARD).classify('a message')).toBe('unsafe\nS11');
    expect(a.fake.stats.calls.at(-1)).toMatchObject({ model: GUARD, outcome: 'stop' });
  });

  it('a guard slower than its timeout answers nothing and its call is cancelled in the server', async () => {
    const a = await app({ text: 'unsafe\nS11', delayMs: 60_000 });
    expect(await guardOverChat(a.api.llm.chat, GUARD, 200).classify('a message')).toBe('');
    await expect.poll(() => a.fake.stats.calls.at(-1)?.outcome).toBe('aborted');
  });
});
