// Long histories: open a group with 10,000 messages in real Chromium (real IndexedDB, the built
// renderer) and time from the click on the group to its newest message on screen; and the time to
// commit one released sentence through the messages repository (node, fake-indexeddb).
import { memorySettingsStorage } from '../../src/main/ollama/hostSetting';
import { openTestDatabase } from '../../src/renderer/src/db/testDatabase';
import { startFakeOllama } from '../../tests/fake-ollama';
import { startUiBench, withModelRuntime } from '../../tests/ui/support/harness';
import { startGroupThroughOnboarding } from '../../tests/ui/support/startGroup';
import type { BenchScenario } from '../scenario';
import { median, round } from '../stats';

const MESSAGES = Number(process.env["BENCH_HISTORY_MESSAGES"] ?? 10_000);
const OPENS = 5;
const APPENDS = 300;

/** Writes `count` messages for the only group straight into IndexedDB, in one transaction. */
function seedInPage(count: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('hearth');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const read = db.transaction('groups').objectStore('groups').getAll();
      read.onsuccess = () => {
        const group = read.result[0] as { id: string };
        const tx = db.transaction('messages', 'readwrite');
        const store = tx.objectStore('messages');
        const now = Date.now() - count * 1000;
        for (let i = 0; i < count; i++) {
          const user = i % 4 === 0;
          store.put({
            id: `seed-${i}`, groupId: group.id, seq: 1000 + i,
            author: user ? { kind: 'user' } : { kind: 'system' },
            kind: user ? 'chat' : 'ai-reminder', status: 'complete',
            text: user ? `Message ${i}: how has everyone been sleeping this week?` : `Reminder ${i}: everyone here is AI-generated.`,
            sentenceCount: 1, citations: [], createdAt: now + i * 1000, updatedAt: now + i * 1000,
          });
        }
        tx.oncomplete = () => resolve(group.id);
        tx.onerror = () => reject(tx.error);
      };
    };
  });
}

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
      const open = page.getByRole('button', { name: /continue|open/i }).first();
      await open.waitFor();
      const t0 = await page.evaluate(() => performance.now());
      await open.click();
      await page.getByText(last, { exact: false }).first().waitFor({ timeout: 15_000 }).catch(async (e: unknown) => {
        await hp.screenshot('bench-history-open-failed');
        console.log(hp.pageErrors, await page.locator('main').innerText());
        throw e;
      });
      const t1 = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))));
      times.push(t1 - t0);
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
