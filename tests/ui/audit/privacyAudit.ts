// The privacy audit: Hearth in Debian's Chromium with a persistent profile (real IndexedDB files on
// disk, storage buckets on, as in Electron), the built renderer and the real main handlers, driven
// through onboarding → passphrase → messages → change passphrase → remove and set again → quick
// exit → restart. After each step every file under the profile is scanned for the person's words,
// and every key that is no longer current is tried against everything still stored.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startFakeOllama, type FakeOllama } from '@tests/fake-ollama';
import { createRuntime } from '@main/ollama/createRuntime';
import { memorySettingsStorage } from '@main/ollama/hostSetting';
import { inMemoryPrivacyDeps } from '@main/handlers/privacyHandlers';
import { memorySecrets, RememberedKeyStore, type KeyFile } from '@main/privacy/rememberedKeyStore';
import { importDataKey, rawKeyToBase64, unwrapRawKey } from '@renderer/db/crypto/dataKey';
import { deriveWrappingKey, type KdfParams } from '@renderer/db/crypto/keyDerivation';
import { openRow, type SealedPart } from '@renderer/db/crypto/recordCodec';
import type { EncodedValue, RawRecord } from '../privacySeed.browser';
import { privacySeedScript } from '../privacySeed';
import { bundleTestPreload } from '../support/bundleTestPreload';
import { CHROMIUM_FLAGS, findChromium, WITHOUT_STORAGE_BUCKETS } from '../support/chromium';
import { benchHost, wireHearth } from '../support/harness';
import { serveBuiltRenderer } from '../support/staticServer';
import { filesUnder, scanProfile, type Hit } from './profileScan';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const MODEL = 'llama3.2:3b';
const CANARY = 'AUDIT-CANARY-7d1f3c90 written in the clear';
const CONDITION = 'HIV';
const GROUP = 'HIV group';
const USER_TEXT = ['MARKER-AUDIT-USER-1 nobody at work knows my status', 'MARKER-AUDIT-USER-2 evenings are the hardest part of the week'];
const REPLY = 'MARKER-AUDIT-REPLY I kept it to myself for years too.';
const PASSPHRASES = ['first audit passphrase', 'second audit passphrase', 'third audit passphrase'] as const;

/** One step's findings. */
export interface AuditStep {
  readonly name: string;
  readonly plaintextHits: readonly Hit[];
  readonly oldKeyOpens: number;
}

/** The audit's outcome: the last line `privacy:audit` prints is `{ steps, plaintext_hits, old_key_opens }`. */
export interface AuditResult {
  readonly steps: readonly AuditStep[];
  readonly canaryFound: boolean;
  readonly filesScanned: number;
  readonly summary: { readonly steps: number; readonly plaintext_hits: number; readonly old_key_opens: number };
}

const fromB64 = (b64: string): Uint8Array<ArrayBuffer> => new Uint8Array(Buffer.from(b64, 'base64'));
const isBinary = (v: EncodedValue): v is { b64: string } => typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { b64?: unknown }).b64 === 'string' && Object.keys(v).length === 1;
const asRecord = (v: EncodedValue): Record<string, EncodedValue> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, EncodedValue>) : {});

/** A sealed part as stored, rebuilt from the page's base64 (data as an ArrayBuffer, as IndexedDB gives it back). */
function sealedPart(v: EncodedValue): SealedPart | undefined {
  const s = asRecord(v);
  const iv = s['iv'];
  const data = s['data'];
  if (!iv || !data || !isBinary(iv) || !isBinary(data)) return undefined;
  return { v: s['v'] === 1 ? 1 : 2, iv: fromB64(iv.b64), data: fromB64(data.b64).buffer };
}

/** A key that was current once: what an attacker who knew that passphrase, or kept a keychain copy, holds. */
interface OldKey {
  readonly base64: string;
  readonly passphrase: string | undefined;
  /** The GCM tags of everything it sealed: if any of these bytes are still on disk, the old key opens them. */
  readonly tags: readonly Buffer[];
}

/** The data key of the current generation, recovered in node from its key record and the passphrase. */
async function currentKey(records: readonly RawRecord[], passphrase: string): Promise<string> {
  const row = asRecord(records.find((r) => r.table === 'keystore')?.row ?? null);
  const kdfRow = asRecord(row['kdf'] ?? null);
  const salt = kdfRow['salt'];
  const iv = row['iv'];
  const wrapped = row['wrapped'];
  if (!salt || !iv || !wrapped || !isBinary(salt) || !isBinary(iv) || !isBinary(wrapped)) throw new Error('audit: no key record');
  const kdf: KdfParams = { name: 'PBKDF2', hash: 'SHA-256', iterations: Number(kdfRow['iterations']), salt: fromB64(salt.b64) };
  const raw = await unwrapRawKey({ iv: fromB64(iv.b64), wrapped: fromB64(wrapped.b64).buffer }, await deriveWrappingKey(passphrase, kdf));
  return rawKeyToBase64(raw);
}

/** The GCM tag (last 16 bytes) of every sealed record and of the wrapped key. */
function tagsOf(records: readonly RawRecord[]): Buffer[] {
  const tags: Buffer[] = [];
  for (const { table, row } of records) {
    const r = asRecord(row);
    const part = table === 'keystore' ? asRecord(r['check'] ?? null)['$sealed'] : r['$sealed'];
    const sealed = part ? sealedPart(part) : undefined;
    if (sealed) tags.push(Buffer.from(new Uint8Array(sealed.data).subarray(-16)));
    const wrapped = r['wrapped'];
    if (table === 'keystore' && wrapped && isBinary(wrapped)) tags.push(Buffer.from(fromB64(wrapped.b64).subarray(-16)));
  }
  return tags;
}

/** How many stored records any old key opens, plus old sealed bytes still on disk, plus old passphrases that open the current key record. */
async function oldKeyOpens(records: readonly RawRecord[], oldKeys: readonly OldKey[], profile: string): Promise<number> {
  let opens = 0;
  for (const old of oldKeys) {
    const key = await importDataKey(old.base64);
    for (const { table, row } of records) {
      const r = asRecord(row);
      const sealed = r['$sealed'] ? sealedPart(r['$sealed']) : undefined;
      if (!sealed) continue;
      const clear = Object.fromEntries(Object.entries(r).filter(([k]) => k !== '$sealed'));
      if (await openRow(key, table, r['id'], { ...clear, $sealed: sealed }).then(() => true, () => false)) opens++;
    }
    if (old.passphrase && (await currentKey(records, old.passphrase).then(() => true, () => false))) opens++;
    opens += scanProfile(profile, [], old.tags.map((bytes, i) => ({ name: `old-tag-${i}`, bytes }))).length;
  }
  return opens;
}

interface Seed {
  rawRecords(): Promise<RawRecord[]>;
  writeCanary(marker: string): Promise<void>;
}
const rawRecordsIn = (page: Page): Promise<RawRecord[]> => page.evaluate(() => (window as unknown as { hearthPrivacySeed: Seed }).hearthPrivacySeed.rawRecords());
const writeCanaryIn = (page: Page, marker: string): Promise<void> => page.evaluate((m) => (window as unknown as { hearthPrivacySeed: Seed }).hearthPrivacySeed.writeCanary(m), marker);

/** A key file in the profile directory, as main keeps the remembered key (sealed by a stand-in keychain). */
function profileFile(path: string): KeyFile {
  return {
    read: async () => {
      try {
        return new Uint8Array(readFileSync(path));
      } catch {
        return undefined;
      }
    },
    write: async (data) => (await import('node:fs/promises')).writeFile(path, data),
    remove: async () => (await import('node:fs/promises')).rm(path).then(() => true, () => false),
  };
}

/**
 * Runs the whole audit; `log` gets one line per step. `storageBuckets: false` runs Hearth on its
 * fallback (generations as databases side by side, old ones only deleted, not removed from disk):
 * a way to see that the audit does find what the engine leaves behind.
 */
export async function runPrivacyAudit(log: (line: string) => void = () => undefined, options: { readonly storageBuckets?: boolean } = {}): Promise<AuditResult> {
  const profile = mkdtempSync(join(tmpdir(), 'hearth-audit-'));
  const keyFile = join(profile, 'remembered-key.bin');
  const [server, preload, seedScript] = await Promise.all([serveBuiltRenderer(join(repoRoot, 'out', 'renderer')), bundleTestPreload(), privacySeedScript()]);
  const fake: FakeOllama = await startFakeOllama({ reply: () => REPLY });
  let context: BrowserContext | undefined;
  const steps: AuditStep[] = [];
  const oldKeys: OldKey[] = [];
  let canaryFound = false;

  // Main, as it starts with the app: the model runtime on the fake Ollama, the remembered key in a file of the profile.
  const startMain = () => {
    const memory = memorySecrets();
    const privacy = { ...inMemoryPrivacyDeps(), rememberedKey: new RememberedKeyStore(memory.secrets, profileFile(keyFile), profileFile(join(profile, 'remembered-key.hold'))) };
    const runtime = createRuntime({ settings: memorySettingsStorage({ host: fake.url, activeModel: MODEL }), findBinary: async () => null });
    return benchHost(server.origin, { deps: (d) => ({ ...d, privacy, ollama: { runtime, openExternal: d.shell.open } }) }, []);
  };
  const launch = async (): Promise<Page> => {
    const args = options.storageBuckets === false ? [...CHROMIUM_FLAGS, WITHOUT_STORAGE_BUCKETS] : CHROMIUM_FLAGS;
    context = await chromium.launchPersistentContext(profile, { executablePath: findChromium(), args, headless: true, locale: 'en-US', viewport: { width: 1100, height: 760 } });
    await wireHearth(context, startMain(), preload);
    await context.addInitScript({ content: seedScript });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/`);
    return page;
  };
  const markers = [CONDITION, GROUP, ...USER_TEXT, REPLY];
  const record = async (page: Page, name: string): Promise<void> => {
    const records = await rawRecordsIn(page);
    const plaintextHits = scanProfile(profile, markers);
    const opens = await oldKeyOpens(records, oldKeys, profile);
    steps.push({ name, plaintextHits, oldKeyOpens: opens });
    log(`step ${steps.length} ${name}: plaintext_hits=${plaintextHits.length} old_key_opens=${opens}${plaintextHits.length ? ` (${plaintextHits.map((h) => `${h.marker}@${h.file}/${h.form}`).join(', ')})` : ''}`);
  };
  /** Keeps the key of the generation now current (and what it sealed), before it is replaced. */
  const keepKey = async (page: Page, passphrase: string): Promise<void> => {
    const records = await rawRecordsIn(page);
    oldKeys.push({ base64: await currentKey(records, passphrase), passphrase, tags: tagsOf(records) });
  };
  const settings = async (page: Page): Promise<void> => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('passphrase-settings').waitFor();
  };
  const notice = (page: Page, text: RegExp) => page.getByTestId('passphrase-notice').filter({ hasText: text }).waitFor({ timeout: 60_000 });

  try {
    let page = await launch();
    // Proof that the scan sees IndexedDB's files: a marker written in the clear must be found.
    await writeCanaryIn(page, CANARY);
    canaryFound = scanProfile(profile, [CANARY]).length > 0;
    log(`canary written in the clear: ${canaryFound ? 'found' : 'NOT FOUND'} in ${filesUnder(profile).length} files`);

    // 1. Onboarding: the answers and the passphrase are typed, nothing is started yet.
    await page.getByRole('button', { name: /^Get started$/ }).click();
    await page.getByTestId('condition-search').fill(CONDITION);
    await page.locator('[role="option"][aria-selected="true"]').waitFor();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="onboarding"][data-step="situation"]').waitFor();
    await page.getByTestId('onboarding-passphrase-open').click();
    await page.getByTestId('onboarding-passphrase').fill(PASSPHRASES[0]);
    await page.getByTestId('onboarding-passphrase-confirm').fill(PASSPHRASES[0]);
    await record(page, 'onboarding answers typed');

    // 2. Start: the database is encrypted before the profile, the condition and the group are written.
    await page.getByTestId('start-group').click();
    await page.locator('article[data-kind="check-in"][data-status="complete"]').first().waitFor({ timeout: 60_000 });
    await record(page, 'passphrase set and group started');

    // 3. Messages, and "remember on this device" turned on (its key file is an old key after the next change).
    for (const text of USER_TEXT) {
      const replies = await page.locator('article[data-kind="chat"]', { hasText: 'MARKER-AUDIT-REPLY' }).count();
      await page.getByTestId('composer').fill(text);
      await page.keyboard.press('Enter');
      await page.locator('article[data-kind="chat"]', { hasText: 'MARKER-AUDIT-REPLY' }).nth(replies).waitFor({ timeout: 60_000 });
    }
    await settings(page);
    await page.getByTestId('remember-key').check();
    await page.getByTestId('remember-passphrase').fill(PASSPHRASES[0]);
    await page.getByTestId('remember-confirm').click();
    await page.getByTestId('remember-on').waitFor();
    const remembered = readFileSync(keyFile, 'utf8');
    await record(page, 'messages written');
    await keepKey(page, PASSPHRASES[0]);
    oldKeys.push({ base64: remembered, passphrase: undefined, tags: [] });

    // 4. Change the passphrase.
    await page.getByTestId('passphrase-current').fill(PASSPHRASES[0]);
    await page.getByTestId('passphrase-new').fill(PASSPHRASES[1]);
    await page.getByTestId('passphrase-confirm').fill(PASSPHRASES[1]);
    await page.getByTestId('passphrase-change').click();
    await notice(page, /Passphrase changed/);
    await record(page, 'passphrase changed');
    await keepKey(page, PASSPHRASES[1]);

    // 5. Remove it (everything in the clear for a moment), then set a new one.
    await page.getByTestId('passphrase-current').fill(PASSPHRASES[1]);
    await page.getByTestId('passphrase-remove').click();
    await notice(page, /lock is off/);
    await page.getByTestId('passphrase-new').fill(PASSPHRASES[2]);
    await page.getByTestId('passphrase-confirm').fill(PASSPHRASES[2]);
    await page.getByTestId('passphrase-understood').check();
    await page.getByTestId('passphrase-set').click();
    await notice(page, /now protects/);
    await record(page, 'passphrase removed and set again');

    // 6. Quick exit from the open conversation.
    await page.getByTestId('nav-home').click();
    await page.getByRole('button', { name: /continue|open/i }).first().click();
    await page.getByTestId('message-list').waitFor();
    await page.getByTestId('quick-exit').click();
    await page.getByTestId('unlock-screen').waitFor();
    await record(page, 'quick exit');

    // 7. Restart: a new browser on the same profile; the passphrase opens everything that was said.
    await context?.close();
    page = await launch();
    await page.getByTestId('unlock-screen').waitFor();
    await page.getByLabel('Passphrase').fill(PASSPHRASES[2]);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByTestId('home').waitFor();
    await page.getByRole('button', { name: /continue|open/i }).first().click();
    await page.locator('article', { hasText: USER_TEXT[1] }).first().waitFor();
    await record(page, 'restarted and unlocked');

    const filesScanned = filesUnder(profile).length;
    return {
      steps,
      canaryFound,
      filesScanned,
      summary: { steps: steps.length, plaintext_hits: steps.reduce((n, s) => n + s.plaintextHits.length, 0), old_key_opens: steps.reduce((n, s) => n + s.oldKeyOpens, 0) },
    };
  } finally {
    await context?.close().catch(() => undefined);
    await fake.close().catch(() => undefined);
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
