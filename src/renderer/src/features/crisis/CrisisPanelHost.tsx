import { CrisisPanel } from './CrisisPanel';
import { useCrisisPanel } from './useCrisisPanel';

/** Renders the crisis panel whenever the shared store says it is open (from "Get help now", the banner or the group). */
export function CrisisPanelHost() {
  const { open, categories, group, close } = useCrisisPanel();
  if (!open) return null;
  const then = (action: (() => void) | undefined) =>
    action
      ? () => {
          close();
          action();
        }
      : undefined;
  return <CrisisPanel categories={categories} onReturnToGroup={then(group.returnToGroup)} onMisread={then(group.misread)} onClose={close} />;
}
