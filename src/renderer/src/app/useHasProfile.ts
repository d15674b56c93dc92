import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from './ServicesContext';

/** Whether the person has finished onboarding (a profile is saved); undefined until known. */
export function useHasProfile(): boolean | undefined {
  const { repos } = useServices();
  return useLiveQuery(async () => Boolean(await repos.singletons.profile()), [repos]);
}
