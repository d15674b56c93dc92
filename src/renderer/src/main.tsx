import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { useNavigation } from './services/navigation';
import { takeQuickExitStart } from './services/neutralStart';
import { openAppServices } from './services/services';
import { ServicesHostProvider } from './services/ServicesContext';
import { prepareStart } from './services/startScreen';
import { useNeutralScreen } from './features/privacy/neutralScreenState';
import { initI18n, languageFromLocale } from './i18n';
import { warmUpAdviceGuard } from '../../shared/safety/adviceGuard';
import { warmUpCrisisAssessment } from '../../shared/safety/assessCrisis';
import { loadSafety } from '../../shared/safety/loadSafety';
import './styles/theme.css';
import './styles/base.css';

async function start(): Promise<void> {
  // Compile the safety rules now (the learned half follows after the first frame), so the first
  // message a person sends is assessed at once.
  warmUpCrisisAssessment();
  warmUpAdviceGuard();
  // Opens the current database generation, finishing or undoing a passphrase change a crash interrupted.
  const host = await openAppServices();
  const services = host.current;
  const vault = services.store.vault.state;
  // Settings are not encrypted, so the language is known even before an unlock.
  const settings = await services.repos.singletons.settings();
  await initI18n(settings.language ?? languageFromLocale(navigator.language));
  // Main reloads the page after a quick exit: without a passphrase, nothing of the person shows until they go on.
  if (takeQuickExitStart(location, history) && vault.kind === 'off') useNeutralScreen.getState().show();
  // With a passphrase set, the lock screen runs prepareStart after unlocking.
  if (vault.kind !== 'locked') useNavigation.getState().replace(await prepareStart(services.repos));
  const root = document.getElementById('root');
  if (!root) throw new Error('Hearth: #root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <ServicesHostProvider host={host}>
        <App />
      </ServicesHostProvider>
    </StrictMode>,
  );
  // The learned safety models (wink-nlp and the weights, about 1.5 MB gzip) load in their own chunk
  // once the first frame is painted; the gate waits briefly for them on a first message (gateSafety).
  requestAnimationFrame(() => setTimeout(() => void loadSafety(), 0));
}

void start();
