import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '@tests/fake-ollama';
import { createHearthApi, hearthContract, type ChatRequest } from '@shared/contract';
import { createHandlerHost } from '../ipc/handlerHost';
import { createLoopbackTransport } from '../ipc/loopbackTransport';
import { createRuntime } from '../ollama/createRuntime';
import { memorySettingsStorage } from '../ollama/hostSetting';
import { QuickExitSignal } from '../privacy/quickExitSignal';
import { memorySecrets, RememberedKeyStore, type SecretStore } from '../privacy/rememberedKeyStore';
import { memoryClipboard, SensitiveClipboard } from '../privacy/sensitiveClipboard';
import { bundledAllowedDomains } from '../services/allowedDomains';
import { createHandlers } from './createHandlers';
import type { PrivacyDeps } from './privacyHandlers';

const KEY = `${'A'.repeat(43)}=`;
const MODEL = 'llama3.2:3b';

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

function setup(secrets?: Partial<SecretStore>, fake?: FakeOllama) {
  const memory = memorySecrets();
  const clipboard = memoryClipboard('what the person copied before');
  let hidden = 0;
  let cleared = 0;
  let resets = 0;
  const privacy: PrivacyDeps = {
    hideWindow: () => (hidden++, true),
    resetWindow: () => void resets++,
    quickExit: new QuickExitSignal(),
    rememberedKey: new RememberedKeyStore({ ...memory.secrets, backend: () => 'gnome_libsecret', ...secrets }, memory.file, memory.holdFile),
    clipboard: new SensitiveClipboard(clipboard),
    clearSiteData: async () => void cleared++,
  };
  const runtime = createRuntime({ settings: memorySettingsStorage({ host: fake?.url ?? 'http://127.0.0.1:9', activeModel: MODEL }), findBinary: async () => null });
  cleanups.push(() => runtime.supervisor.stop());
  const handlers = createHandlers({
    app: { name: 'Hearth', version: '0.1.0', platform: 'linux', locale: 'en-US', testBench: true },
    shell: { allowedDomains: bundledAllowedDomains, open: async () => undefined },
    ollama: { runtime, openExternal: async () => undefined },
    privacy,
  });
  const host = createHandlerHost({ contract: hearthContract, handlers, isTrustedSender: () => true });
  return { api: createHearthApi(createLoopbackTransport(host, 'app://hearth/')), privacy, clipboard, host, counts: () => ({ hidden, cleared, resets }) };
}

const chat: ChatRequest = { model: MODEL, messages: [{ role: 'user', content: 'hello' }], options: { numCtx: 2048 } };

describe('quick exit and lock in main', () => {
  it('quick exit hides the window, stops every reply being generated, unloads the model, clears a copied number, holds the remembered key and resets the page', async () => {
    const fake = await startFakeOllama({ reply: () => 'A long reply that keeps going for quite a while yet.', speed: { genTokensPerSec: 4 } });
    cleanups.push(() => fake.close());
    const { api, privacy, clipboard, host, counts } = setup(undefined, fake);
    let tokenArrived = (): void => undefined;
    const firstToken = new Promise<void>((resolve) => (tokenArrived = resolve));
    const streams = [api.llm.chat(chat, () => tokenArrived()), api.llm.chat(chat, () => undefined)];
    await firstToken;
    expect(fake.loadedModels()).toEqual([MODEL]);
    await api.privacy.rememberKey({ key: KEY });
    await api.privacy.copyNumber({ text: '988' });
    expect(clipboard.text).toBe('988');
    const watched: string[] = [];
    const watch = api.privacy.watchQuickExit({}, (e) => watched.push(e.kind));
    while (privacy.quickExit.watchers === 0) await new Promise((r) => setTimeout(r, 5));

    await expect(api.privacy.quickExit({})).resolves.toEqual({ ok: true, value: { hidden: true, cancelled: 2, clipboardCleared: true, unloaded: 1 } });
    for (const stream of streams) await expect(stream.done).resolves.toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(host.activeStreams()).toBe(1); // only the quick-exit watcher
    expect(fake.loadedModels()).toEqual([]);
    expect(clipboard.text).toBe('');
    expect(counts()).toMatchObject({ hidden: 1, resets: 1 });
    expect(watched).toEqual(['quick-exit']);
    // Reopening (even after a restart): the remembered key opens nothing until the passphrase is typed.
    await expect(api.privacy.recallKey({})).resolves.toEqual({ ok: true, value: { key: null } });
    await expect(api.privacy.passphraseTyped({})).resolves.toEqual({ ok: true, value: { released: true } });
    await expect(api.privacy.recallKey({})).resolves.toEqual({ ok: true, value: { key: KEY } });
    await watch.cancel();
  });

  it('a lock (idle or Lock now) stops replies, unloads the model and holds the remembered key, without hiding anything', async () => {
    const fake = await startFakeOllama({ reply: () => 'Another long reply that keeps going for a while.', speed: { genTokensPerSec: 4 } });
    cleanups.push(() => fake.close());
    const { api, counts } = setup(undefined, fake);
    let tokenArrived = (): void => undefined;
    const firstToken = new Promise<void>((resolve) => (tokenArrived = resolve));
    const stream = api.llm.chat(chat, () => tokenArrived());
    await firstToken;
    await api.privacy.rememberKey({ key: KEY });
    await expect(api.privacy.lock({ reason: 'idle' })).resolves.toEqual({ ok: true, value: { cancelled: 1, clipboardCleared: false, unloaded: 1 } });
    await expect(stream.done).resolves.toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(fake.loadedModels()).toEqual([]);
    expect(counts()).toMatchObject({ hidden: 0, resets: 0 });
    await expect(api.privacy.recallKey({})).resolves.toEqual({ ok: true, value: { key: null } });
  });

  it('leaves the clipboard alone when the person copied something else since', async () => {
    const { api, clipboard } = setup();
    await api.privacy.copyNumber({ text: '988' });
    clipboard.writeText('a shopping list');
    await expect(api.privacy.quickExit({})).resolves.toMatchObject({ ok: true, value: { clipboardCleared: false } });
    expect(clipboard.text).toBe('a shopping list');
  });
});

describe('privacy handlers over the real contract', () => {
  it('tells the renderer each time the global shortcut fires, until it stops watching', async () => {
    const { api, privacy } = setup();
    const events: string[] = [];
    const handle = api.privacy.watchQuickExit({}, (e) => events.push(e.kind));
    await new Promise((r) => setTimeout(r, 5));
    privacy.quickExit.fire();
    privacy.quickExit.fire();
    await new Promise((r) => setTimeout(r, 5));
    expect(events).toEqual(['quick-exit', 'quick-exit']);
    await handle.cancel();
    await expect(handle.done).resolves.toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(privacy.quickExit.watchers).toBe(0);
  });

  it('remembers, recalls and forgets a key; refuses anything that is not a key', async () => {
    const { api } = setup();
    await expect(api.privacy.keyStorage({})).resolves.toEqual({ ok: true, value: { available: true, backend: 'gnome-libsecret', weak: false } });
    await expect(api.privacy.recallKey({})).resolves.toEqual({ ok: true, value: { key: null } });
    await expect(api.privacy.rememberKey({ key: KEY })).resolves.toEqual({ ok: true, value: { remembered: true } });
    await expect(api.privacy.recallKey({})).resolves.toEqual({ ok: true, value: { key: KEY } });
    await expect(api.privacy.rememberKey({ key: 'hello' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    await expect(api.privacy.forgetKey({})).resolves.toEqual({ ok: true, value: { forgotten: true } });
    await expect(api.privacy.recallKey({})).resolves.toEqual({ ok: true, value: { key: null } });
  });

  it('calls the Linux basic_text backend weak, and refuses to remember without a keychain', async () => {
    expect((await setup({ backend: () => 'basic_text' }).api.privacy.keyStorage({}))).toEqual({ ok: true, value: { available: true, backend: 'basic-text', weak: true } });
    const none = setup({ isAvailable: () => false });
    await expect(none.api.privacy.keyStorage({})).resolves.toMatchObject({ ok: true, value: { available: false, weak: true } });
    await expect(none.api.privacy.rememberKey({ key: KEY })).resolves.toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });

  it('erases main-side data only with the explicit confirmation', async () => {
    const { api, counts } = setup();
    await api.privacy.rememberKey({ key: KEY });
    await expect(api.privacy.eraseLocalData({ confirm: 'yes' } as never)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(counts().cleared).toBe(0);
    await expect(api.privacy.eraseLocalData({ confirm: 'erase-everything' })).resolves.toEqual({ ok: true, value: { erased: true } });
    expect(counts().cleared).toBe(1);
    await expect(api.privacy.recallKey({})).resolves.toEqual({ ok: true, value: { key: null } });
  });
});
