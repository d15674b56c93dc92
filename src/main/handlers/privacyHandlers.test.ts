import { describe, expect, it } from 'vitest';
import { createHearthApi, hearthContract } from '../../shared/contract';
import { createHandlerHost } from '../ipc/handlerHost';
import { createLoopbackTransport } from '../ipc/loopbackTransport';
import { QuickExitSignal } from '../privacy/quickExitSignal';
import { memorySecrets, RememberedKeyStore, type SecretStore } from '../privacy/rememberedKeyStore';
import { bundledAllowedDomains } from '../services/allowedDomains';
import { createHandlers } from './createHandlers';
import type { PrivacyDeps } from './privacyHandlers';

const KEY = `${'A'.repeat(43)}=`;

function setup(secrets?: Partial<SecretStore>) {
  const memory = memorySecrets();
  let hidden = 0;
  let cleared = 0;
  const privacy: PrivacyDeps = {
    hideWindow: () => (hidden++, true),
    quickExit: new QuickExitSignal(),
    rememberedKey: new RememberedKeyStore({ ...memory.secrets, backend: () => 'gnome_libsecret', ...secrets }, memory.file),
    clearSiteData: async () => void cleared++,
  };
  const handlers = createHandlers({
    app: { name: 'Hearth', version: '0.1.0', platform: 'linux', locale: 'en-US', testBench: true },
    shell: { allowedDomains: bundledAllowedDomains, open: async () => undefined },
    privacy,
  });
  const host = createHandlerHost({ contract: hearthContract, handlers, isTrustedSender: () => true });
  return { api: createHearthApi(createLoopbackTransport(host, 'app://hearth/')), privacy, counts: () => ({ hidden, cleared }) };
}

describe('privacy handlers over the real contract', () => {
  it('hides the window on quick exit', async () => {
    const { api, counts } = setup();
    await expect(api.privacy.quickExit({})).resolves.toEqual({ ok: true, value: { hidden: true } });
    expect(counts().hidden).toBe(1);
  });

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
