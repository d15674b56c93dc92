import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { useNavigation } from './app/navigation';
import { createAppServices } from './app/services';
import { ServicesProvider } from './app/ServicesContext';
import { prepareStart } from './app/startScreen';
import { initI18n, languageFromLocale } from './i18n';
import { warmUpAdviceGuard } from '../../shared/safety/adviceGuard';
import { warmUpCrisisAssessment } from '../../shared/safety/assessCrisis';
import './styles/theme.css';
import './styles/base.css';

async function start(): Promise<void> {
  // Compile the safety patterns now, so the first message a person sends is assessed at once.
  warmUpCrisisAssessment();
  warmUpAdviceGuard();
  const services = createAppServices();
  const vault = await services.store.vault.init();
  // Settings are not encrypted, so the language is known even before an unlock.
  const settings = await services.repos.singletons.settings();
  await initI18n(settings.language ?? languageFromLocale(navigator.language));
  // With a passphrase set, the lock screen runs prepareStart after unlocking.
  if (vault.kind !== 'locked') useNavigation.getState().replace(await prepareStart(services.repos));
  const root = document.getElementById('root');
  if (!root) throw new Error('Hearth: #root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <ServicesProvider services={services}>
        <App />
      </ServicesProvider>
    </StrictMode>,
  );
}

void start();
