// Long histories: open a group with 10,000 messages in real Chromium (real IndexedDB, the built
// renderer) and time, inside the page, from the click on the group to the frame that shows its newest
// message; and the time to
// commit one released sentence through the messages repository (node, fake-indexeddb).
import { memorySettingsStorage } from '@main/ollama/hostSetting';
import { openTestDatabase } from '@tests/support/renderer/testDatabase';
import { startFakeOllama } from '@tests/fake-ollama';
import { startUiBench, withModelRuntime } from '@tests/ui/support/harness';
import { startGroupThroughOnboarding } from '@tests/ui/support/startGroup';
import type { BenchScenario } from '../scenario';
import { clickToNewestMessage, seedInPage } from '../support/historyPage';
import { median, round } from '../stats';

const MESSAGES = Number(process.env["BENCH_HISTORY_MESSAGES"] ?? 10_000);
const OPENS = 5;
const APPENDS = 300;

async function openTimes(): Promise<number[]> {
  const fake = await startFakeOllama({ reply: 'Welcome.' });
  const bench = await startUiBench();
  try {
    const hp = await bench.open({ deps: withModelRuntime(fake.url, { settings: memorySettingsStorage({ host: fake.url, activeModel: 'llama3.2:3b' }) }) });
    const { page } = hp;
    await startGroupThroughOnboarding(page);
    await page.locator('article[data-kind="check-in"]').waitFor();
    await page.evaluate(seedInPage, MESSAGES);
    // The seed bypassed Dexie, so its in-memory query cache knows nothing of it: start the app afresh.
    await page.reload();
    const last = `Message ${MESSAGES - 4}:`;
    const times: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      await page.getByTestId('nav-home').click();
      await page.getByRole('button', { name: /continue/i }).first().waitFor();
      // A person looks at home for a moment before choosing a group.
      await page.waitForTimeout(1500);
      // Timed inside the page, from the click to the frame that shows the newest message, so
      // Playwright's own round trips are not counted.
      times.push(await page.evaluate(clickToNewestMessage, last));
    }
    return times;
  } finally {
    await bench.close();
    await fake.close();
  }
}

async function appendTimes(): Promise<number[]> {
  const repos = openTestDatabase();
  await repos.groups.create({ id: 'bench-append', title: 'Bench', format: 'condition', conditionId: null, conditionLabel: 'x', seed: 1, topic: 'open', unsourced: true }, []);
  const reply = await repos.messages.add({ groupId: 'bench-append', author: { kind: 'system' }, status: 'streaming' });
  const times: number[] = [];
  for (let i = 0; i < APPENDS; i++) {
    const t0 = performance.now();
    await repos.messages.appendSentence(reply.id, `Sentence number ${i} of a reply that keeps going.`);
    times.push(performance.now() - t0);
    if (i % 5 === 4) await repos.messages.setStatus(reply.id, 'streaming');
  }
  return times;
}

const scenario: BenchScenario = {
  name: 'history',
  description: `open a ${MESSAGES}-message group in Chromium (median of ${OPENS}); commit one sentence (node, fake-indexeddb, median of ${APPENDS})`,
  async run() {
    const opens = await openTimes();
    const appends = await appendTimes();
    return {
      'history.open_10k_ms': round(median(opens), 1),
      'history.open_10k_ms_max': round(Math.max(...opens), 1),
      'history.append_ms_p50': round(median(appends), 3),
    };
  },
};

export default scenario;
