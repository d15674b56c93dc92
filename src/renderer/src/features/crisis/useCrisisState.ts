import { useLiveQuery } from 'dexie-react-hooks';
import type { CrisisState } from '../../../../shared/domain';
import { useServices } from '../../app/ServicesContext';

/**
 * The remembered crisis state, live: the banner appears the moment the group records a crisis and
 * goes when the person dismisses it. Undefined while loading or while the store is locked.
 */
export function useCrisisState(): CrisisState | undefined {
  const { repos } = useServices();
  return useLiveQuery(() => repos.singletons.crisisState().catch(() => undefined), [repos]);
}
