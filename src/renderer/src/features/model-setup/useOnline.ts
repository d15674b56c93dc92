import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};

/** Whether the computer has a network connection (the renderer itself never uses it). */
export const useOnline = (): boolean => useSyncExternalStore(subscribe, () => navigator.onLine);
