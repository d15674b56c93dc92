import { AppShell } from './AppShell';
import { requestHelp } from '../services/helpRequest';
import { LoadingNote } from './screens';
import { GetHelpNowButton } from '../features/crisis/GetHelpNowButton';
import { QuickExitButton } from '../features/privacy/QuickExitButton';

/**
 * The app's frame, painted as soon as the code has run and before storage opens: the header with
 * Quick exit and Get help now (both work already: a press on Get help now opens the panel the
 * moment the app is there, see helpRequest.ts), and a quiet note while the rest opens. Nothing of the
 * person is in it, so it is the same whether Hearth is locked, after a quick exit, or on a first
 * start. The lock keeps it up while it tries a remembered key, with its own note.
 */
export function BootFrame({ note }: { readonly note?: string }) {
  return (
    <AppShell
      helpButton={
        <>
          <QuickExitButton />
          <GetHelpNowButton onPress={requestHelp} />
        </>
      }
    >
      <LoadingNote text={note} />
    </AppShell>
  );
}
