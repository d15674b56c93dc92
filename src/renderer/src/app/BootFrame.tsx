import { AppShell } from './AppShell';
import { LoadingNote } from './screens';
import { GetHelpNowButton } from '../features/crisis/GetHelpButton';
import { QuickExitButton } from '../features/privacy/QuickExitButton';

/**
 * The app's frame, painted as soon as the code has run and before storage opens: the header with
 * Quick exit and Get help now (both work already; a press on Get help now opens the panel the moment
 * the app is there), and a quiet note while the rest opens. Nothing of the person is in it, so it is
 * the same whether Hearth is locked, after a quick exit, or on a first start.
 */
export function BootFrame() {
  return (
    <AppShell
      helpButton={
        <>
          <QuickExitButton />
          <GetHelpNowButton />
        </>
      }
    >
      <LoadingNote />
    </AppShell>
  );
}
