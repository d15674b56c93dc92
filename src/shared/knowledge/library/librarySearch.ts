// Condition search over the library's topics: the same scorer as the packs' search (names, "also called",
// MeSH headings, typos), over the topics of the person's language first and the other language after.
import { ConditionSearch, type ConditionMatch } from '../conditionSearch';
import type { LibraryEntry } from './libraryTopic';

/** A library topic that matched, with its language. */
export interface LibraryMatch extends ConditionMatch {
  readonly language: 'en' | 'es';
}

/** Built once per library (about a thousand topics a language), queried on every keystroke. */
export class LibrarySearch {
  private readonly byLanguage: Readonly<Record<'en' | 'es', ConditionSearch>>;

  constructor(entries: readonly LibraryEntry[]) {
    const of = (language: 'en' | 'es'): ConditionSearch =>
      new ConditionSearch(entries.filter((e) => e.language === language).map((e) => ({ packId: e.id, name: e.title, synonyms: e.names })), {});
    this.byLanguage = { en: of('en'), es: of('es') };
  }

  /** Topics matching the query, the person's language first; the other language only when theirs has none. */
  search(query: string, language: 'en' | 'es', limit = 5): LibraryMatch[] {
    const own = this.byLanguage[language].search(query, limit).map((m) => ({ ...m, language }));
    if (own.length > 0) return own;
    const other = language === 'en' ? 'es' : 'en';
    return this.byLanguage[other].search(query, limit).map((m) => ({ ...m, language: other }));
  }
}
