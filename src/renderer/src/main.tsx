import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './app/App';
import { BootFrame } from './app/BootFrame';
import { useNavigation } from './app/navigation';
import { takeQuickExitStart } from './app/neutralStart';
import { openAppServices } from './app/services';
import { ServicesHostProvider } from './app/ServicesContext';
import { prepareStart } from './app/startScreen';
import { applyLook, applySettings, startingLook } from './app/theme';
import { useNeutralScreen } from './features/privacy/neutralScreenState';
import { initI18n } from './i18n';
import './styles/theme.css';
import './styles/base.css';

/**
 * Paints the app's frame at once, in the look and language remembered from the last start (index.html
 * holds the first frame until this module has run, so that frame is this one, never a blank or light
 * page), then opens storage and fills in the screen.
 */
function start(): void {
  const element = document.getElementById('root');
  if (!element) throw new Error('Hearth: #root is missing from index.html');
  const look = startingLook();
  applyLook(look, document.documentElement);
  initI18n(look.language);
  const root = createRoot(element);
  flushSync(() =>
    root.render(
      <StrictMode>
        <BootFrame />
      </StrictMode>,
    ),
  );
  void openApp(root);
}

/** Opens storage, settles where the app starts, and shows it in place of the frame. */
async function openApp(root: Root): Promise<void> {
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
  requestAnimationFrame(() => setTimeout(() => void import('../../shared/safety/loadSafety').then(({ loadSafety }) => loadSafety()), 0));
}

start();
