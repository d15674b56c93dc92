import { HearthFailure, type HearthContract } from '@shared/contract';
import type { HandlersOf } from '../ipc/handlerHost';
import { checkExternalUrl } from '../security/externalLinks';
import { isReviewedLink } from '../security/reviewedLinks';

export interface ShellDeps {
  readonly allowedDomains: readonly string[];
  /** Links from the data Hearth ships; they open at once. Default: none (every web link is confirmed). */
  readonly reviewedLinks?: ReadonlySet<string>;
  /** Opens a checked URL in the system browser, phone or messages app (Electron's shell.openExternal). */
  readonly open: (url: string) => Promise<void>;
  /** Shows the full address of any other web link in a native dialog; true to open it. Default: refuse. */
  readonly confirmOpen?: (url: string) => Promise<boolean>;
}

const refusal = {
  malformed: 'That link is not a web address Hearth can open.',
  scheme: 'Hearth only opens secure (https) links, phone and text links.',
  domain: 'Hearth only opens links to the trusted health and support sites it knows.',
  number: 'That phone link does not look like a phone number.',
} as const;

/**
 * Handlers for the `shell` namespace: links leave the app only through the allowlist, and a web
 * link that is not one of the reviewed ones opens only after the person has seen its full address.
 */
export function createShellHandlers(deps: ShellDeps): HandlersOf<HearthContract>['shell'] {
  const reviewed = deps.reviewedLinks ?? new Set<string>();
  const confirm = deps.confirmOpen ?? (async () => false);
  return {
    openExternal: async ({ url }) => {
      const checked = checkExternalUrl(url, deps.allowedDomains);
      if (!checked.ok) throw new HearthFailure('not-allowed', refusal[checked.reason]);
      const web = checked.url.startsWith('https:');
      if (web && !isReviewedLink(checked.url, reviewed) && !(await confirm(checked.url))) throw new HearthFailure('cancelled', 'The link was not opened.');
      await deps.open(checked.url);
      return { opened: true as const };
    },
  };
}
