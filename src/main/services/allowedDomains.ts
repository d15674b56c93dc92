import allowedDomainsText from '@resources/allowed-domains.txt?raw';
import { parseAllowedDomains } from '../security/externalLinks';

/** The reviewed publisher allowlist shipped in resources/, bundled into main at build time. */
export const bundledAllowedDomains: readonly string[] = Object.freeze(parseAllowedDomains(allowedDomainsText));
