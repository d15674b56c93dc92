import { useEffect, useState } from 'react';
import { countryFromLocale } from '@shared/knowledge/crisisLines';
import type { AppServices } from '@renderer/services/services';

// The last country worked out, so the panel opens on the right lines at once the next time.
let lastKnown: string | undefined;

/**
 * Whose lines to show: the country in the person's profile, else the system locale's region (from
 * main), else the browser's. Every step may fail (a locked store, no bridge): help still shows.
 */
export async function resolveHelpCountry(services: Pick<AppServices, 'repos' | 'hearth'>): Promise<string | undefined> {
  const fromProfile = await services.repos.singletons.profile().then(
    (p) => p?.country,
    () => undefined,
  );
  if (fromProfile) return (lastKnown = fromProfile);
  const info = await services.hearth.app.info({}).catch(() => undefined);
  const fromSystem = info?.ok ? countryFromLocale(info.value.locale) : undefined;
  return (lastKnown = fromSystem ?? countryFromLocale(navigator.language));
}

/** The help country, starting from the best guess available now and settling once the profile is read. */
export function useHelpCountry(services: Pick<AppServices, 'repos' | 'hearth'>): string | undefined {
  const [country, setCountry] = useState<string | undefined>(() => lastKnown ?? countryFromLocale(navigator.language));
  useEffect(() => {
    let live = true;
    void resolveHelpCountry(services).then((c) => live && setCountry(c));
    return () => {
      live = false;
    };
  }, [services]);
  return country;
}
