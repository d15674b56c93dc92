import type { HearthContract } from '../../shared/contract';
import type { HandlersOf } from '../ipc/handlerHost';
import { createAppHandlers, type AppFacts } from './appHandlers';
import { createShellHandlers, type ShellDeps } from './shellHandlers';

/** Everything main's handlers need, injected so tests and the UI bench run them without Electron. */
export interface MainDeps {
  readonly app: AppFacts;
  readonly shell: ShellDeps;
}

/** The full main-process implementation of the contract. */
export function createHandlers(deps: MainDeps): HandlersOf<HearthContract> {
  return {
    app: createAppHandlers(deps.app),
    shell: createShellHandlers(deps.shell),
  };
}
