import { collectReviewedLinks } from '../security/reviewedLinks';

// Bundled into main at build time, like the allowlist: the packs and crisis lines as shipped.
const documents = import.meta.glob<string>(['../../../resources/packs/*.json', '../../../resources/crisis-lines.json'], { eager: true, query: '?raw', import: 'default' });

/** Every https address in the shipped knowledge packs and crisis lines (see security/reviewedLinks.ts). */
export const bundledReviewedLinks: ReadonlySet<string> = collectReviewedLinks(Object.values(documents));
