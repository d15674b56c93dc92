import { useLiveQuery } from 'dexie-react-hooks';
import { VaultLockedError } from '../db/crypto/keyHolder';
import { useServices } from './ServicesContext';

/**
 * Whether the person has finished onboarding (a profile is saved); undefined until known, and while
 * Hearth is locked (a lock can land between the query's start and its answer).
 */
export function useHasProfile(): boolean | undefined {
  const { repos } = useServices();
  return useLiveQuery(async () => {
    try {
      return Boolean(await repos.singletons.profile());
    } catch (error) {
      if (error instanceof VaultLockedError) return undefined;
      throw error;
    }
  }, [repos]);
}
