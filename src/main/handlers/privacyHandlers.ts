import { HearthFailure, RememberedKey, type HearthContract } from '@shared/contract';
import type { HandlersOf } from '../ipc/handlerHost';
import { runLock, runQuickExit, type PrivacyParts } from '../privacy/quickExit';
import { QuickExitSignal } from '../privacy/quickExitSignal';
import { memorySecrets, RememberedKeyStore } from '../privacy/rememberedKeyStore';
import { memoryClipboard, SensitiveClipboard } from '../privacy/sensitiveClipboard';

/** Main's privacy dependencies (Electron's in production: electron/privacyDeps.ts). */
export interface PrivacyDeps extends Omit<PrivacyParts, 'signal' | 'model'> {
  /** Fired by the global quick-exit shortcut (registered in electron/quickExit.ts). */
  readonly quickExit: QuickExitSignal;
  /** Clears main's HTTP cache and site data for the app's session. */
  readonly clearSiteData: () => Promise<void>;
}

/** Privacy dependencies that touch nothing outside memory: for tests and the UI bench. */
export function inMemoryPrivacyDeps(hideWindow: () => boolean = () => false): PrivacyDeps {
  const { secrets, file, holdFile } = memorySecrets();
  return {
    hideWindow,
    resetWindow: () => undefined,
    quickExit: new QuickExitSignal(),
    rememberedKey: new RememberedKeyStore(secrets, file, holdFile),
    clipboard: new SensitiveClipboard(memoryClipboard()),
    clearSiteData: async () => undefined,
  };
}

/** The parts a quick exit or lock acts on, from the privacy dependencies and the model calls. */
export const privacyParts = (deps: PrivacyDeps, model: PrivacyParts['model']): PrivacyParts => ({ ...deps, signal: deps.quickExit, model });

/** Handlers for the `privacy` namespace. None of them sees or logs user text. */
export function createPrivacyHandlers(deps: PrivacyDeps, model: PrivacyParts['model']): HandlersOf<HearthContract>['privacy'] {
  const parts = privacyParts(deps, model);
  return {
    quickExit: () => runQuickExit(parts),
    lock: () => runLock(parts),
    passphraseTyped: async () => ({ released: await deps.rememberedKey.release() }),
    copyNumber: ({ text }) => {
      deps.clipboard.copy(text);
      return { copied: true as const };
    },
    watchQuickExit: (_request, ctx) =>
      new Promise((resolve) => {
        const stop = deps.quickExit.subscribe(() => ctx.emit({ kind: 'quick-exit' }));
        ctx.signal.addEventListener('abort', () => {
          stop();
          resolve({ ended: true });
        });
      }),
    keyStorage: () => deps.rememberedKey.info(),
    rememberKey: async ({ key }) => {
      if (!(await deps.rememberedKey.remember(key))) throw new HearthFailure('not-allowed', 'This computer has no keychain Hearth can use to remember the key.');
      return { remembered: true as const };
    },
    recallKey: async () => {
      const key = await deps.rememberedKey.recall();
      return { key: key !== null && RememberedKey.safeParse(key).success ? key : null };
    },
    forgetKey: async () => ({ forgotten: await deps.rememberedKey.forget() }),
    eraseLocalData: async () => {
      await deps.rememberedKey.forget();
      await deps.clearSiteData();
      return { erased: true as const };
    },
  };
}
