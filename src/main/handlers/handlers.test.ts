import { describe, expect, it, vi } from 'vitest';
import { createHearthApi, hearthContract } from '@shared/contract';
import { createHandlerHost } from '../ipc/handlerHost';
import { createLoopbackTransport } from '../ipc/loopbackTransport';
import { bundledAllowedDomains } from '../services/allowedDomains';
import { bundledReviewedLinks } from '../services/reviewedLinks';
import { createHandlers } from './createHandlers';

const setup = (answer = false) => {
  const open = vi.fn(async () => {});
  const shown: string[] = [];
  const handlers = createHandlers({
    app: { name: 'Hearth', version: '0.1.0', platform: 'sunos', locale: 'es-MX', testBench: true },
    shell: { allowedDomains: bundledAllowedDomains, reviewedLinks: bundledReviewedLinks, open, confirmOpen: async (url) => (shown.push(url), answer) },
  });
  const host = createHandlerHost({ contract: hearthContract, handlers, isTrustedSender: () => true });
  return { api: createHearthApi(createLoopbackTransport(host, 'app://hearth/')), open, shown };
};

const REVIEWED = [...bundledReviewedLinks].find((url) => url.startsWith('https://medlineplus.gov/')) ?? '';

describe('main handlers over the real contract', () => {
  it('answers app.info', async () => {
    const { api } = setup();
    await expect(api.app.info({})).resolves.toEqual({
      ok: true,
      value: { name: 'Hearth', version: '0.1.0', platform: 'other', locale: 'es-MX', testBench: true },
    });
  });
  it('opens a reviewed link (one from the shipped packs or crisis lines) at once', async () => {
    const { api, open, shown } = setup();
    expect(bundledReviewedLinks.size).toBeGreaterThan(100);
    await expect(api.shell.openExternal({ url: REVIEWED })).resolves.toEqual({ ok: true, value: { opened: true } });
    expect(open).toHaveBeenCalledWith(REVIEWED);
    expect(shown).toEqual([]);
  });
  it('shows the full address of any other path on an allowed domain first (an open redirect is no way out)', async () => {
    const redirect = 'https://medlineplus.gov/redirect?url=https%3A%2F%2Ftracker.example.com%2F';
    const declined = setup(false);
    await expect(declined.api.shell.openExternal({ url: redirect })).resolves.toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(declined.shown).toEqual([redirect]);
    expect(declined.open).not.toHaveBeenCalled();
    const accepted = setup(true);
    await expect(accepted.api.shell.openExternal({ url: redirect })).resolves.toEqual({ ok: true, value: { opened: true } });
    expect(accepted.open).toHaveBeenCalledWith(redirect);
  });
  it('phone and text links to a plain number need no confirmation', async () => {
    const { api, shown } = setup();
    await expect(api.shell.openExternal({ url: 'tel:988' })).resolves.toEqual({ ok: true, value: { opened: true } });
    expect(shown).toEqual([]);
  });
  it('refuses a link off the allowlist with a typed, explainable error', async () => {
    const { api, open } = setup();
    const result = await api.shell.openExternal({ url: 'https://tracker.example.com/?id=1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(open).not.toHaveBeenCalled();
  });
});
