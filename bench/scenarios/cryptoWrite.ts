// crypto.write_ratio_fake_idb: time to write 10,000 messages with encryption on ÷ the same with it off, in node.
// Both runs use the real repositories on fake-indexeddb (node), one message per transaction, as the app does.
// The plain run has no encryption middleware installed at all, so the ratio includes all of its cost.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { HearthDatabase } from '@renderer/db/database';
import { createSecureStore } from '@renderer/db/crypto/secureStore';
import { createRepositories } from '@renderer/db/repositories';
import type { BenchScenario } from '../scenario';
import { median, round } from '../stats';

const MESSAGES = 10_000;
const ROUNDS = 3;

const sentence = (i: number): string => `Message ${i}: the fatigue came back this week and pacing my afternoons helped a little.`;

async function writeMessages(encrypted: boolean): Promise<number> {
  const db = new HearthDatabase(`bench-${globalThis.crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  let r = createRepositories(db);
  if (encrypted) {
    const store = createSecureStore(db);
    await store.vault.init();
    await store.vault.setPassphrase('bench passphrase');
    r = store.repositories;
  }
  await r.groups.create({ id: 'group-bench-1', title: 'Bench', format: 'condition', conditionId: 'lupus', conditionLabel: 'Lupus', seed: 1, topic: 'open', unsourced: false }, []);
  const started = performance.now();
  for (let i = 0; i < MESSAGES; i++) {
    await r.messages.add({ groupId: 'group-bench-1', author: i % 2 ? { kind: 'member', memberId: 'member-1' } : { kind: 'user' }, text: sentence(i) });
  }
  const elapsed = performance.now() - started;
  db.close();
  return elapsed;
}

const scenario: BenchScenario = {
  name: 'encrypted writes',
  description: `${MESSAGES} messages through MessagesRepo.add, encrypted vs plain, fake-indexeddb, median of ${ROUNDS} alternating rounds`,
  async run() {
    const plain: number[] = [];
    const sealed: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      plain.push(await writeMessages(false));
      sealed.push(await writeMessages(true));
    }
    return {
      'crypto.write_ratio_fake_idb': round(median(sealed) / median(plain), 3),
      'crypto.write_plain_10k_ms_fake_idb': round(median(plain), 0),
      'crypto.write_encrypted_10k_ms_fake_idb': round(median(sealed), 0),
    };
  },
};
export default scenario;
