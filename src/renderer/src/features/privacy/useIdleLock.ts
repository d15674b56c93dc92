import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useServices } from '@renderer/services/ServicesContext';
import { lockHearth } from './lockHearth';
import { useVaultState } from '@renderer/services/useVaultState';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Locks Hearth after the user's chosen minutes without any input (only while unlocked with a passphrase). */
export function useIdleLock(): void {
  const services = useServices();
  const { repos } = services;
  const vault = useVaultState();
  // Settings stay readable while locked (they are not encrypted).
  const minutes = useLiveQuery(async () => (await repos.singletons.settings()).lockAfterMinutes, [repos]);

  useEffect(() => {
    if (vault !== 'unlocked' || !minutes) return;
    const limit = minutes * 60_000;
    let last = Date.now();
    const onActivity = () => {
      last = Date.now();
    };
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { passive: true, capture: true });
    // A coarse tick is enough: the lock is about minutes, and a sleeping laptop wakes past the limit.
    const tick = window.setInterval(() => {
      if (Date.now() - last >= limit) lockHearth(services, 'idle');
    }, 5_000);
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
      window.clearInterval(tick);
    };
  }, [vault, minutes, services]);
}
