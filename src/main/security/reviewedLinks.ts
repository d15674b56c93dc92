/**
 * The reviewed links: every https address in the data Hearth ships (knowledge packs, crisis lines),
 * each one checked by a person when the data was written. Such a link opens at once; any other link,
 * even on an allowed domain, is shown in full first, since a path on a trusted site can redirect
 * anywhere (an open redirect).
 */

/** A link in the form it is compared in: parsed, without a fragment. */
export function normaliseLink(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** Every https address anywhere in the given JSON documents. */
export function collectReviewedLinks(jsonTexts: readonly string[]): ReadonlySet<string> {
  const links = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.startsWith('https://')) {
        const link = normaliseLink(value);
        if (link) links.add(link);
      }
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  for (const text of jsonTexts) visit(JSON.parse(text) as unknown);
  return links;
}

/** True when `url` is one of the reviewed links. */
export const isReviewedLink = (url: string, reviewed: ReadonlySet<string>): boolean => {
  const link = normaliseLink(url);
  return link !== undefined && reviewed.has(link);
};
