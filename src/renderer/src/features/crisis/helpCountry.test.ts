import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '@renderer/services/services';
import { resolveHelpCountry } from './helpCountry';

type Sources = Pick<AppServices, 'repos' | 'hearth'>;

/** Stand-ins for the two places a country can come from: the stored profile and main's system locale. */
function sources(profile: () => Promise<{ country: string } | undefined>, info: () => Promise<unknown>): Sources {
  return { repos: { singletons: { profile } }, hearth: { app: { info } } } as unknown as Sources;
}
const systemLocale = (locale: string) => async () => ({ ok: true, value: { locale } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('which country the crisis panel shows', () => {
  it("the profile's country comes first", async () => {
    await expect(resolveHelpCountry(sources(async () => ({ country: 'GB' }), systemLocale('en-US')))).resolves.toBe('GB');
  });

  it('without a profile, the system locale', async () => {
    await expect(resolveHelpCountry(sources(async () => undefined, systemLocale('es-MX')))).resolves.toBe('MX');
  });

  it('a locked store is not a dead end: the system locale still answers', async () => {
    const locked = async () => {
      throw new Error('Hearth is locked.');
    };
    await expect(resolveHelpCountry(sources(locked, systemLocale('en-IE')))).resolves.toBe('IE');
  });

  it('with no bridge to main either, the browser language', async () => {
    vi.stubGlobal('navigator', { language: 'en-AU' });
    const broken = async () => {
      throw new Error('no bridge');
    };
    await expect(resolveHelpCountry(sources(async () => undefined, broken))).resolves.toBe('AU');
  });

  it('a locale with no region gives no country (the panel then shows the directories)', async () => {
    vi.stubGlobal('navigator', { language: 'fr' });
    await expect(resolveHelpCountry(sources(async () => undefined, systemLocale('fr')))).resolves.toBeUndefined();
  });
});
