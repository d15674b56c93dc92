import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { useNavigation } from './app/navigation';
import { createAppServices } from './app/services';
import { ServicesProvider } from './app/ServicesContext';
import { prepareStart } from './app/startScreen';
import { initI18n, languageFromLocale } from './i18n';
import { loadSafety } from '../../shared/safety/loadSafety';
import './styles/theme.css';
import './styles/base.css';

async function start(): Promise<void> {
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
  // The learned safety models (wink-nlp and the weights, about 1 MB gzip) load in their own chunk
  // once the first frame is painted; the safety rules answer alone until they are in.
  requestAnimationFrame(() => setTimeout(() => void loadSafety(), 0));
}

void start();
