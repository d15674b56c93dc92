import { HearthFailure, type HearthContract } from '../../shared/contract';
import type { HandlersOf } from '../ipc/handlerHost';
import { checkExternalUrl } from '../security/externalLinks';

export interface ShellDeps {
  readonly allowedDomains: readonly string[];
  /** Opens a checked URL in the system browser, phone or messages app (Electron's shell.openExternal). */
  readonly open: (url: string) => Promise<void>;
}

const refusal = {
  malformed: 'That link is not a web address Hearth can open.',
  scheme: 'Hearth only opens secure (https) links, phone and text links.',
  domain: 'Hearth only opens links to the trusted health and support sites it knows.',
  number: 'That phone link does not look like a phone number.',
} as const;

/** Handlers for the `shell` namespace: links leave the app only through the allowlist. */
export function createShellHandlers(deps: ShellDeps): HandlersOf<HearthContract>['shell'] {
  return {
    openExternal: async ({ url }) => {
      const checked = checkExternalUrl(url, deps.allowedDomains);
      if (!checked.ok) throw new HearthFailure('not-allowed', refusal[checked.reason]);
      await deps.open(checked.url);
      return { opened: true as const };
    },
  };
}
