import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from './ServicesContext';

/**
 * Whether the person has finished onboarding (a profile is saved); undefined until known, and while
 * the profile cannot be read (a lock can land between the query's start and its answer).
 */
export function useHasProfile(): boolean | undefined {
  const { repos } = useServices();
  return useLiveQuery(async () => {
    try {
      return Boolean(await repos.singletons.profile());
    } catch {
      return undefined;
    }
  }, [repos]);
}
