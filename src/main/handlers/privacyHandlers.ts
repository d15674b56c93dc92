import { HearthFailure, RememberedKey, type HearthContract } from '../../shared/contract';
import type { HandlersOf } from '../ipc/handlerHost';
import { QuickExitSignal } from '../privacy/quickExitSignal';
import { memorySecrets, RememberedKeyStore } from '../privacy/rememberedKeyStore';

export interface PrivacyDeps {
  /** Hides the window at once; false when there is none. */
  readonly hideWindow: () => boolean;
  /** Fired by the global quick-exit shortcut (registered in electron/quickExit.ts). */
  readonly quickExit: QuickExitSignal;
  readonly rememberedKey: RememberedKeyStore;
  /** Clears main's HTTP cache and site data for the app's session. */
  readonly clearSiteData: () => Promise<void>;
}

/** Privacy dependencies that touch nothing outside memory: for tests and the UI bench. */
export function inMemoryPrivacyDeps(hideWindow: () => boolean = () => false): PrivacyDeps {
  const { secrets, file } = memorySecrets();
  return { hideWindow, quickExit: new QuickExitSignal(), rememberedKey: new RememberedKeyStore(secrets, file), clearSiteData: async () => undefined };
}

/** Handlers for the `privacy` namespace. None of them sees or logs user text. */
export function createPrivacyHandlers(deps: PrivacyDeps): HandlersOf<HearthContract>['privacy'] {
  return {
    quickExit: () => ({ hidden: deps.hideWindow() }),
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
