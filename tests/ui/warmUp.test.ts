// The warm-up in the real app (Chromium, real main handlers, the fake Ollama): while the person is
// still in onboarding the group's model is loaded with the context size the group will get, and once
// the group opens its shared text is put into the prompt cache, holding nothing the person wrote.
import { describe, expect, it } from 'vitest';
import { startFakeOllama } from '../fake-ollama';
import { FIRST_FACILITATOR_MESSAGE, modelPresent } from '@bench/scenarios/onboarding';

import { benchForThisFile } from './support/fileBench';

const { bench } = benchForThisFile();

type ChatBody = { messages?: Array<{ content: string }>; options?: { num_ctx?: number; num_predict?: number } };

describe('warming the model before the first reply', () => {
  it('loads the model during onboarding, then fills the cache with the group’s shared text', async () => {
    const fake = await startFakeOllama();
    try {
      const hp = await bench.open({ deps: modelPresent(fake) });
      const { page } = hp;
      await page.getByRole('button', { name: 'Get started' }).click();
      // Once onboarding sees the model ready, it is loaded before anything is typed.
      await page.locator('[data-testid="onboarding-model"][data-phase="ready"]').waitFor();
      await expect.poll(() => fake.stats.loads, { timeout: 10_000 }).toBe(1);
      expect(fake.requests.filter((r) => r.path === '/api/chat')).toHaveLength(1);
      await page.getByTestId('condition-search').fill('lupus');
      await page.locator('[role="option"][aria-selected="true"]').waitFor();
      await page.keyboard.press('Enter');
      await page.getByTestId('start-group').click();
      await page.locator(FIRST_FACILITATOR_MESSAGE).first().waitFor();
      await expect.poll(() => fake.requests.filter((r) => r.path === '/api/chat').length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
      const chats = fake.requests.filter((r) => r.path === '/api/chat').map((r) => r.body as ChatBody);
      const load = chats.find((b) => (b.messages ?? []).length === 0);
      const warm = chats.find((b) => b.options?.num_predict === 1);
      expect(load?.options?.num_ctx).toBeGreaterThanOrEqual(2048);
      expect(warm?.options?.num_ctx).toBe(load?.options?.num_ctx);
      expect(fake.stats.loads).toBe(1);
      const text = (warm?.messages ?? []).map((m) => m.content).join('\n');
      expect(text).toContain('CONVERSATION:');
      expect(text).not.toContain('New member:');
      await hp.close();
    } finally {
      await fake.close();
    }
  });
});
