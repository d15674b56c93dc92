import { useLiveQuery } from 'dexie-react-hooks';
import type { CrisisState } from '@shared/domain';
import { useServices } from '@renderer/services/ServicesContext';
import { useVaultState } from '@renderer/services/useVaultState';

/**
 * The remembered crisis state, live: the banner appears the moment the group records a crisis and
 * goes when the person dismisses it. Undefined while loading or while the store is locked; the
 * query runs again on unlock, since unlocking changes no row a live query would notice.
 */
export function useCrisisState(): CrisisState | undefined {
  const { repos } = useServices();
  const vault = useVaultState();
  return useLiveQuery(() => repos.singletons.crisisState().catch(() => undefined), [repos, vault]);
}
