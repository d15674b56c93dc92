/**
 * WebCrypto is asynchronous, and an IndexedDB transaction commits as soon as it has no pending
 * request. While a record is being encrypted or decrypted, this keeps the transaction open with
 * cheap no-op reads, and settles the result *inside* a request's success callback, so the caller
 * may go on using the transaction (the technique behind Dexie.waitFor).
 */
export function holdTransactionOpen<T>(trans: unknown, storeName: string, work: Promise<T>): Promise<T> {
  const idb = trans as IDBTransaction;
  if (typeof idb?.objectStore !== 'function') return work;
  return new Promise<T>((resolve, reject) => {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
    void work.then(
      (value) => (outcome = { ok: true, value }),
      (error: unknown) => (outcome = { ok: false, error }),
    );
    let store: IDBObjectStore;
    try {
      store = idb.objectStore(storeName);
    } catch {
      // The transaction already finished; nothing to hold open.
      work.then(resolve, reject);
      return;
    }
    const spin = (): void => {
      if (outcome) {
        if (outcome.ok) resolve(outcome.value);
        else reject(outcome.error);
        return;
      }
      try {
        const request = store.get(-Infinity);
        request.onsuccess = spin;
        request.onerror = spin;
      } catch {
        work.then(resolve, reject);
      }
    };
    spin();
  });
}
