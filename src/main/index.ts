// Hearth's main process: lifecycle and window only. Services live behind the contract's handlers.
import { app, session, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { hearthContract } from '@shared/contract';
import { registerAppScheme, serveRenderer } from './electron/appProtocol';
import { confirmExternalLink, confirmRemoteHost } from './electron/dialogs';
import { createMainWindow } from './electron/mainWindow';
import { electronFileDialogs } from './electron/fileDialogs';
import { electronPrivacyDeps } from './electron/privacyDeps';
import { registerQuickExit } from './electron/quickExit';
import { registerIpc } from './electron/registerIpc';
import { secureSession } from './electron/sessionSecurity';
import { createHandlers } from './handlers/createHandlers';
import { privacyParts } from './handlers/privacyHandlers';
import { createHandlerHost } from './ipc/handlerHost';
import { createMachineRuntime } from './ollama/createRuntime';
import { ModelCalls } from './ollama/modelCalls';
import { runQuickExit } from './privacy/quickExit';
import { APP_ORIGIN, isAppUrl, rendererOrigin } from './security/appOrigin';
import { buildContentSecurityPolicy } from './security/csp';
import { isTrustedSender } from './security/ipcSender';
import { claimSingleInstance } from './security/singleInstance';
import { bundledAllowedDomains } from './services/allowedDomains';
import { bundledReviewedLinks } from './services/reviewedLinks';

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const origin = rendererOrigin(devServerUrl);
let mainWindow: BrowserWindow | undefined;
let stopModelServer: (() => Promise<void>) | undefined;

registerAppScheme();
app.enableSandbox();

if (claimSingleInstance(app, () => focus())) {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });

  void app.whenReady().then(() => {
    const csp = buildContentSecurityPolicy(devServerUrl ? { devServerUrl } : {});
    secureSession(session.defaultSession, csp, (url) => isAppUrl(url, origin) || url.startsWith('devtools://') || (Boolean(devServerUrl) && url.startsWith('ws://')));
    serveRenderer(join(import.meta.dirname, '../renderer'), csp);

    // Probe Ollama at start (and start it if installed); on quit stop only a server Hearth started.
    const locale = app.getLocale();
    const runtime = createMachineRuntime({ settingsFile: join(app.getPath('userData'), 'model-runtime.json'), confirmRemoteHost: confirmRemoteHost(() => mainWindow, locale) });
    stopModelServer = () => runtime.supervisor.stop();
    void runtime.status().then((s) => (s.state === 'stopped' ? runtime.start() : s)).catch(() => undefined);

    const startUrl = devServerUrl ?? `${APP_ORIGIN}/index.html`;
    const privacy = electronPrivacyDeps(() => mainWindow, startUrl);
    const calls = new ModelCalls(runtime);
    const host = createHandlerHost({
      contract: hearthContract,
      handlers: createHandlers({
        app: { name: 'Hearth', version: app.getVersion(), platform: process.platform, locale, testBench: false },
        shell: { allowedDomains: bundledAllowedDomains, reviewedLinks: bundledReviewedLinks, open: (url) => shell.openExternal(url), confirmOpen: confirmExternalLink(() => mainWindow, locale) },
        ollama: { runtime, openExternal: (url) => shell.openExternal(url), calls },
        privacy,
        dialogs: electronFileDialogs(() => mainWindow),
      }),
      isTrustedSender: (url) => isTrustedSender(url, origin),
      onFailure: (note) => console.warn(`[ipc] ${note.channel} failed: ${note.code}${note.errorName ? ` (${note.errorName})` : ''}`),
    });
    registerIpc(host);
    const stopQuickExit = registerQuickExit(() => runQuickExit(privacyParts(privacy, calls)));
    app.on('will-quit', stopQuickExit);

    mainWindow = createMainWindow({
      preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
      startUrl,
      appOrigin: origin,
      devTools: !app.isPackaged,
    });
    mainWindow.on('closed', () => {
      host.cancelAll();
      mainWindow = undefined;
    });
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!stopModelServer) return;
    const stop = stopModelServer;
    stopModelServer = undefined;
    event.preventDefault();
    void stop().finally(() => app.quit());
  });
}

function focus(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  // After a quick exit the window is hidden; opening Hearth again brings it back (locked, if set).
  if (!mainWindow.isVisible()) mainWindow.show();
  mainWindow.focus();
}
