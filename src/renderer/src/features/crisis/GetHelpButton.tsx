import { CrisisPanelHost } from './CrisisPanelHost';
import { GetHelpNowButton } from './GetHelpNowButton';
import { useCrisisPanel } from './useCrisisPanel';

/**
 * "Get help now" for the header on every screen, with the crisis panel it opens. The panel is a
 * modal dialog in the browser's top layer, so where the button sits in the page does not matter.
 */
export function GetHelpButton() {
  const show = useCrisisPanel((s) => s.show);
  return (
    <>
      <GetHelpNowButton onPress={() => show()} />
      <CrisisPanelHost />
    </>
  );
}
