import { describe, expect, it, vi } from 'vitest';
import { createHearthApi, hearthContract } from '../../shared/contract';
import { createHandlerHost } from '../ipc/handlerHost';
import { createLoopbackTransport } from '../ipc/loopbackTransport';
import { bundledAllowedDomains } from '../services/allowedDomains';
import { createHandlers } from './createHandlers';

const setup = () => {
  const open = vi.fn(async () => {});
  const handlers = createHandlers({
    app: { name: 'Hearth', version: '0.1.0', platform: 'sunos', locale: 'es-MX', testBench: true },
    shell: { allowedDomains: bundledAllowedDomains, open },
  });
  const host = createHandlerHost({ contract: hearthContract, handlers, isTrustedSender: () => true });
  return { api: createHearthApi(createLoopbackTransport(host, 'app://hearth/')), open };
};

describe('main handlers over the real contract', () => {
  it('answers app.info', async () => {
    const { api } = setup();
    await expect(api.app.info({})).resolves.toEqual({
      ok: true,
      value: { name: 'Hearth', version: '0.1.0', platform: 'other', locale: 'es-MX', testBench: true },
    });
  });
  it('opens an allowlisted link', async () => {
    const { api, open } = setup();
    await expect(api.shell.openExternal({ url: 'https://medlineplus.gov/lupus.html' })).resolves.toEqual({ ok: true, value: { opened: true } });
    expect(open).toHaveBeenCalledWith('https://medlineplus.gov/lupus.html');
  });
  it('refuses a link off the allowlist with a typed, explainable error', async () => {
    const { api, open } = setup();
    const result = await api.shell.openExternal({ url: 'https://tracker.example.com/?id=1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(open).not.toHaveBeenCalled();
  });
});
