// Everything that needs storage, loaded after the app's frame is painted (main.tsx): the database
// and its services, the settings, where the app starts, and the app itself in place of the frame.
import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { App } from './App';
import { answerHelpRequests } from '../services/helpRequest';
import { applySettings } from '../services/look';
import { useNavigation } from '../services/navigation';
import { takeQuickExitStart } from '../services/neutralStart';
import { openAppServices } from '../services/services';
import { ServicesHostProvider } from '../services/ServicesContext';
import { prepareStart } from '../services/startScreen';
import { useCrisisPanel } from '../features/crisis/useCrisisPanel';
import { useNeutralScreen } from '../features/privacy/neutralScreenState';

/** Opens storage, settles where the app starts, and shows the app in `root` in place of the frame. */
export async function openApp(root: Root): Promise<void> {
  // Opens the current database generation, finishing or undoing a passphrase change a crash interrupted.
  const host = await openAppServices();
  const services = host.current;
  const vault = services.store.vault.state;
  // Settings are not encrypted, so the look is known even before an unlock (and remembered for the next start).
  applySettings(await services.repos.singletons.settings());
  // Main reloads the page after a quick exit: without a passphrase, nothing of the person shows until they go on.
  if (takeQuickExitStart(location, history) && vault.kind === 'off') useNeutralScreen.getState().show();
  // With a passphrase set, the lock screen runs prepareStart after unlocking.
  if (vault.kind !== 'locked') useNavigation.getState().replace(await prepareStart(services.repos));
  // A press on the frame's Get help now is answered with the panel, which the app now shows.
  answerHelpRequests(() => useCrisisPanel.getState().show());
  root.render(
    <StrictMode>
      <ServicesHostProvider host={host}>
        <App />
      </ServicesHostProvider>
    </StrictMode>,
  );
  // The safety classifiers load once the app is painted: the rules (their own chunk, shared with the
  // group screen), then the learned models (wink-nlp and the weights, about 1.5 MB gzip), after which
  // the rules are compiled and run once (loadSafety). Nobody can send a message before then; parsing
  // and warming the rules before the first frame took most of its time. The gate waits briefly for
  // the learned half on a first message (safetyPort).
  requestAnimationFrame(() => setTimeout(() => void import('@shared/safety/loadSafety').then(({ loadSafety }) => loadSafety()), 0));
}
