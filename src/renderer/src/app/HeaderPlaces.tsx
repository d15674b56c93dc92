import { MainNav } from '../features/home/MainNav';
import { ModelStatusChip } from '../features/model-setup/ModelStatusChip';
import { useHasProfile } from '../services/useHasProfile';

/**
 * The header's places and the model's status. The places (Home, How I'm doing…) appear once the
 * person has a profile: before that Home has nothing to offer, and a way there would be a dead end.
 * The model's status is always in view.
 */
export function HeaderPlaces() {
  const hasProfile = useHasProfile();
  return (
    <>
      {hasProfile ? <MainNav /> : null}
      <ModelStatusChip />
    </>
  );
}
