import type { HearthApi } from '@shared/contract';

declare global {
  interface Window {
    /** Set by the preload (or the UI test bench): Hearth's typed bridge to the main process. */
    readonly hearth: HearthApi;
  }
}

/** The typed client for main-process services. */
export const hearth = (): HearthApi => window.hearth;
