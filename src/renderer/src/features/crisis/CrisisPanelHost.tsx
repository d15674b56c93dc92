import { CrisisPanel } from './CrisisPanel';
import { useCrisisPanel } from './useCrisisPanel';

/** Renders the crisis panel whenever the shared store says it is open (from "Get help now", the banner or the group). */
export function CrisisPanelHost() {
  const { open, categories, returnToGroup, close } = useCrisisPanel();
  if (!open) return null;
  const backToGroup = returnToGroup
    ? () => {
        close();
        returnToGroup();
      }
    : undefined;
  return <CrisisPanel categories={categories} onReturnToGroup={backToGroup} onClose={close} />;
}
