import { useSyncExternalStore } from 'react';
import { useServices } from './ServicesContext';
import type { VaultState } from '../db/crypto/keyHolder';

/** Whether Hearth has no passphrase (`off`), is `locked`, or `unlocked`; re-renders when it changes. */
export function useVaultState(): VaultState['kind'] {
  const { store } = useServices();
  return useSyncExternalStore(
    (onChange) => store.holder.subscribe(onChange),
    () => store.holder.current.kind,
  );
}
