import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n, languageFromLocale } from './i18n';
import './styles/theme.css';
import './styles/base.css';

async function start(): Promise<void> {
  await initI18n(languageFromLocale(navigator.language));
  const root = document.getElementById('root');
  if (!root) throw new Error('Hearth: #root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
