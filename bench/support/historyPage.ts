// Runs inside the page (serialised by Playwright): no imports, no closures.

/** Writes `count` messages for the only group straight into IndexedDB, in one transaction. */
export function seedInPage(count: number): Promise<string> {
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


/** Clicks the first group's Continue and resolves with the milliseconds until `text` is painted. */
export async function clickToNewestMessage(text: string): Promise<number> {
  const button = [...document.querySelectorAll('button')].find((b) => /continue/i.test(b.textContent ?? ''));
  if (!button) throw new Error('no Continue button on home');
  const started = performance.now();
  button.click();
  // No named helpers here: the bundler would wrap them in a function the page does not have.
  while (![...document.querySelectorAll('article')].some((a) => a.textContent?.includes(text))) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => requestAnimationFrame(r));
  return performance.now() - started;
}
