// Bundled by privacySeed.ts and run in the app's page (same origin, so the same IndexedDB): writes a
// profile, a group and many messages through Hearth's real database, encryption included, and reads
// the raw IndexedDB records back for the "no plaintext on disk" check. It loads as a Playwright init
// script, which runs outside the page's CSP, so zod's parsers here would believe eval is allowed and
// be refused later: this bundle's copy of zod is told to parse without compiling (jitless), first.
import './zodJitless.browser';
import type { Member, Persona } from '@shared/domain';
import { createSecureStore } from '@renderer/db/crypto/secureStore';
import { createRepositories } from '@renderer/db/repositories';
import { HearthDatabase } from '@renderer/db/database';
import { openCurrentStore } from '@renderer/db/storage/generations';
import { PassphraseChanges } from '@renderer/db/storage/passphraseChanges';
import { browserSpaces } from '@renderer/db/storage/storageSpaces';

export interface SeedOptions {
  readonly passphrase?: string;
  readonly messages: number;
  readonly marker: string;
}

const persona: Persona = {
  id: 'seed-persona', role: 'mirror', name: 'Rosa', age: 44, gender: 'woman', pronouns: 'she/her', background: 'grew up in a small town', setting: 'rural', lifeStage: 'working',
  condition: 'Lupus', conditionPackId: 'lupus', yearsSinceDiagnosis: 2, treatments: [], copingStyle: 'steady', voice: 'warm', currentChallenge: 'fatigue at work', whatHelped: 'pacing', factKeys: [],
  avatar: { initials: 'R', hue: 20, motif: 'leaf' },
};

/** Writes into the current database generation, opened exactly as the app opens it (a fresh one holds nothing yet). */
export async function seed(options: SeedOptions): Promise<{ groupId: string }> {
  const store = await openCurrentStore(browserSpaces(), { iterations: 600_000 });
  if (options.passphrase) {
    const outcome = await store.vault.setPassphrase(options.passphrase);
    if (!outcome.ok) throw new Error(`seed: ${outcome.problem}`);
  }
  const r = store.repositories;
  await r.singletons.saveProfile({ conditionId: 'lupus', conditionLabel: 'Lupus', situations: [], preferences: {}, country: 'US', language: 'en' });
  const groupId = 'group-seeded-0001';
  const { members } = await r.groups.create({ id: groupId, title: 'Evening group', format: 'condition', conditionId: 'lupus', conditionLabel: 'Lupus', seed: 3, topic: 'open', unsourced: false }, [persona]);
  const member: Member = members[0]!;
  const CHUNK = 500;
  for (let start = 0; start < options.messages; start += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, options.messages - start) }, (_, i) => {
      const seq = start + i;
      return {
        id: `seed-message-${seq.toString().padStart(6, '0')}`, groupId, seq, author: seq % 2 ? { kind: 'member' as const, memberId: member.id } : { kind: 'user' as const },
        kind: 'chat' as const, status: 'complete' as const, text: `${options.marker} ${seq}: the fatigue came back and pacing helped a little.`, sentenceCount: 1, citations: [], createdAt: 1_700_000_000_000 + seq, updatedAt: 1_700_000_000_000 + seq,
      };
    });
    await store.db.messages.bulkAdd(rows);
  }
  store.db.close();
  return { groupId };
}

/**
 * Writes `count` messages one transaction each through MessagesRepo.add into a fresh database,
 * with or without encryption, and returns the milliseconds it took (the database is deleted after).
 */
export async function timeWrites(count: number, encrypted: boolean): Promise<number> {
  const db = new HearthDatabase(`hearth-bench-${crypto.randomUUID()}`);
  let repos = createRepositories(db);
  if (encrypted) {
    const store = createSecureStore(db);
    await store.vault.init();
    await store.vault.setPassphrase('bench passphrase');
    repos = store.repositories;
  }
  const groupId = 'group-bench-0001';
  await repos.groups.create({ id: groupId, title: 'Bench', format: 'condition', conditionId: 'lupus', conditionLabel: 'Lupus', seed: 1, topic: 'open', unsourced: false }, []);
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    await repos.messages.add({ groupId, author: i % 2 ? { kind: 'member', memberId: 'member-bench-1' } : { kind: 'user' }, text: `Message ${i}: the fatigue came back this week and pacing my afternoons helped a little.` });
  }
  const elapsed = performance.now() - started;
  await db.delete();
  return elapsed;
}

/** Every record of every Hearth database generation as text: JSON plus every binary field decoded as UTF-8. */
export async function rawDump(): Promise<string> {
  const spaces = browserSpaces();
  const parts: string[] = [];
  for (const name of await spaces.list()) {
    const space = await spaces.open(name);
    parts.push(await dumpDatabase(space.indexedDB, space.databaseName));
  }
  return parts.join('\n');
}

function dumpDatabase(factory: IDBFactory, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name);
    open.onerror = () => reject(new Error('open failed'));
    open.onsuccess = () => {
      const db = open.result;
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names, 'readonly');
      const parts: string[] = [];
      const decoder = new TextDecoder();
      const visit = (v: unknown): void => {
        if (v instanceof ArrayBuffer) parts.push(decoder.decode(v));
        else if (ArrayBuffer.isView(v)) parts.push(decoder.decode(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)));
        else if (Array.isArray(v)) v.forEach(visit);
        else if (v && typeof v === 'object') Object.values(v).forEach(visit);
        else parts.push(String(v));
      };
      for (const name of names) {
        const req = tx.objectStore(name).getAll();
        req.onsuccess = () => {
          parts.push(JSON.stringify(req.result));
          visit(req.result);
        };
      }
      tx.oncomplete = () => {
        db.close();
        resolve(parts.join('\n'));
      };
    };
  });
}

/** A stored row with its binary fields as base64, so it can leave the page (for the privacy audit). */
export type EncodedValue = string | number | boolean | null | { readonly b64: string } | EncodedValue[] | { readonly [key: string]: EncodedValue };

function encode(value: unknown): EncodedValue {
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return { b64: btoa(binary) };
  }
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return (value ?? null) as EncodedValue;
}

/** One raw record of one generation, as a reader of the disk would find it. */
export interface RawRecord {
  readonly space: string;
  readonly table: string;
  readonly row: EncodedValue;
}

/** Every raw record of every Hearth database generation, binary fields in base64 (nothing decrypted). */
export async function rawRecords(): Promise<RawRecord[]> {
  const spaces = browserSpaces();
  const out: RawRecord[] = [];
  for (const name of await spaces.list()) {
    const space = await spaces.open(name);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = space.indexedDB.open(space.databaseName);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error('open failed'));
    });
    const names = [...db.objectStoreNames];
    const rows = await Promise.all(
      names.map(
        (table) =>
          new Promise<RawRecord[]>((resolve, reject) => {
            const req = db.transaction(table).objectStore(table).getAll();
            req.onsuccess = () => resolve((req.result as unknown[]).map((row) => ({ space: name, table, row: encode(row) })));
            req.onerror = () => reject(new Error('read failed'));
          }),
      ),
    );
    db.close();
    out.push(...rows.flat());
  }
  return out;
}

/** Writes a marker in the clear into a database of its own in the default IndexedDB: the audit's proof that its scan sees IndexedDB's files. */
export function writeCanary(marker: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('privacy-audit-canary', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('canary');
    open.onerror = () => reject(new Error('canary failed'));
    open.onsuccess = () => {
      const tx = open.result.transaction('canary', 'readwrite');
      tx.objectStore('canary').put({ text: marker }, 'canary');
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
    };
  });
}

/**
 * Milliseconds for a passphrase change over the current generation (seeded with `seed` first):
 * checking the old passphrase, a new key, every record re-encrypted into a fresh generation, and the
 * old one deleted. The app's own connection to the old generation is closed by the deletion.
 */
export async function timePassphraseChange(from: string, to: string): Promise<{ ms: number; messages: number }> {
  const spaces = browserSpaces();
  const store = await openCurrentStore(spaces);
  const unlocked = await store.vault.unlock(from);
  if (!unlocked.ok) throw new Error(`rotate bench: ${unlocked.problem}`);
  const started = performance.now();
  const changed = await new PassphraseChanges(spaces).change(store, from, to);
  const ms = performance.now() - started;
  if (!changed.ok) throw new Error(`rotate bench: ${changed.problem}`);
  const messages = await changed.store.db.messages.count();
  changed.store.db.close();
  return { ms, messages };
}
