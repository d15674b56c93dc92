/** Why a link was refused, for the typed error the renderer shows. */
export type ExternalLinkCheck = { ok: true; url: string } | { ok: false; reason: 'malformed' | 'scheme' | 'domain' | 'number' };

/** Reads the reviewed publisher list (resources/allowed-domains.txt): one domain a line, # comments. */
export function parseAllowedDomains(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim().toLowerCase())
    .filter((line) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(line));
}

/** True when a host is one of the domains or a subdomain of one. */
export function hostIsAllowed(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}

const PHONE = /^\+?[0-9]{2,15}$/;
/** A star short code, e.g. Chile's *4141; only dialled, never texted. */
const STAR_CODE = /^\*[0-9]{2,6}$/;

/**
 * The only links Hearth opens outside itself: https on the reviewed allowlist (no credentials, default
 * port), and tel:/sms: to a plain number (sms may carry a body, as crisis text lines need).
 */
export function checkExternalUrl(raw: string, domains: readonly string[]): ExternalLinkCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (url.protocol === 'https:') {
    if (url.username || url.password || url.port) return { ok: false, reason: 'domain' };
    return hostIsAllowed(url.hostname, domains) ? { ok: true, url: url.href } : { ok: false, reason: 'domain' };
  }
  if (url.protocol === 'tel:' || url.protocol === 'sms:') {
    if (url.hash) return { ok: false, reason: 'number' };
    let digits: string;
    try {
      digits = decodeURIComponent(url.pathname).replace(/[\s-]/g, '');
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    if (url.protocol === 'tel:' && STAR_CODE.test(digits)) return url.search ? { ok: false, reason: 'number' } : { ok: true, url: `tel:${digits}` };
    if (!PHONE.test(digits)) return { ok: false, reason: 'number' };
    if (url.protocol === 'tel:') return url.search ? { ok: false, reason: 'number' } : { ok: true, url: `tel:${digits}` };
    // A text line may carry a keyword as the message body ("Text HOME to 741741").
    const body = url.searchParams.get('body') ?? (url.search ? new URLSearchParams(url.search.replace(/^\?&?/, '')).get('body') : null);
    if (url.search && body === null) return { ok: false, reason: 'number' };
    return { ok: true, url: body === null ? `sms:${digits}` : `sms:${digits}?&body=${encodeURIComponent(body)}` };
  }
  return { ok: false, reason: 'scheme' };
}
