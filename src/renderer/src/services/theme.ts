import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { applySettings, DARK_QUERY } from './look';
import { useServices } from './ServicesContext';

/** Whether the system asks for a dark scheme, kept up to date. */
function usePrefersDark(): boolean {
  const [dark, setDark] = useState(() => window.matchMedia(DARK_QUERY).matches);
  useEffect(() => {
    const list = window.matchMedia(DARK_QUERY);
    const onChange = (e: MediaQueryListEvent) => setDark(e.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return dark;
}

/** Keeps <html> in step with the saved settings and the system's colour scheme. Mount once. */
export function useAppliedSettings(): void {
  const { repos } = useServices();
  const settings = useLiveQuery(() => repos.singletons.settings(), [repos]);
  const prefersDark = usePrefersDark();
  useEffect(() => {
    if (settings) applySettings(settings, prefersDark);
  }, [settings, prefersDark]);
}
