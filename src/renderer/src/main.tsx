// The renderer's entry: only what the first frame needs (React, the catalogues, the look, the app's
// frame). The rest (storage, the app, its screens) loads in its own chunks once the frame is up.
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { BootFrame } from './app/BootFrame';
import { applyLook, startingLook } from './services/look';
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
  void import('./app/openApp').then(({ openApp }) => openApp(root));
}

start();
