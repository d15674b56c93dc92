import type { AppInfo } from '@shared/contract';
import type { HandlersOf } from '../ipc/handlerHost';
import type { HearthContract } from '@shared/contract';

/** Facts about the running app, gathered by the caller (Electron's `app` in production). */
export interface AppFacts {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  readonly locale: string;
  readonly testBench: boolean;
}

const knownPlatform = (p: string): AppInfo['platform'] => (p === 'darwin' || p === 'win32' || p === 'linux' ? p : 'other');

/** Handlers for the `app` namespace. */
export function createAppHandlers(facts: AppFacts): HandlersOf<HearthContract>['app'] {
  return {
    info: () => ({ ...facts, platform: knownPlatform(facts.platform) }),
  };
}
