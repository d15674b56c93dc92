// BM25 retrieval over flat pack facts (MiniSearch), no network. The conversation engine asks for the few
// facts that fit the recent conversation; treatment names and classes are indexed as boosted fields so
// "metformin" or "SSRI" lands on that treatment's facts, and lay words are widened with LAY_SYNONYMS.
import MiniSearch from 'minisearch';
import type { FactKind, FlatFact } from './flattenPack';
import { LAY_SYNONYMS } from './laySynonyms';
import { isStopWord, stem, words } from './textTerms';

/** What to retrieve: how many facts, and optionally only from some packs or of some kinds. */
export interface RetrieveOptions {
  readonly limit?: number;
  readonly packIds?: readonly string[];
  readonly kinds?: readonly FactKind[];
}

/** One retrieved fact with its BM25 score (higher is better); its sources travel with it. */
export interface RetrievedFact {
  readonly fact: FlatFact;
  readonly score: number;
}

interface IndexedDoc {
  readonly key: string;
  readonly packId: string;
  readonly kind: FactKind;
  readonly text: string;
  readonly treatment: string;
  readonly name: string;
  readonly topic: string;
  readonly condition: string;
}

const DEFAULT_LIMIT = 5;

/** Index-time terms: the text's own stemmed words. */
function indexTerm(term: string): string | null {
  const w = term.toLowerCase();
  return isStopWord(w) ? null : stem(w);
}

/** Query-time terms: each word plus the pack vocabulary a lay reader means by it. */
export function expandQuery(query: string): string[] {
  const out = new Set<string>();
  for (const w of words(query)) {
    if (isStopWord(w)) continue;
    out.add(stem(w));
    for (const extra of LAY_SYNONYMS[w] ?? []) for (const e of words(extra)) if (!isStopWord(e)) out.add(stem(e));
  }
  return [...out];
}

/** A searchable index over a fixed set of facts; build once per pack set, query many times. */
export class FactIndex {
  private readonly search: MiniSearch<IndexedDoc>;
  private readonly byKey: Map<string, FlatFact>;

  private constructor(facts: readonly FlatFact[]) {
    this.byKey = new Map(facts.map((f) => [f.key, f]));
    this.search = new MiniSearch<IndexedDoc>({
      idField: 'key',
      fields: ['text', 'treatment', 'name', 'topic', 'condition'],
      storeFields: ['packId', 'kind'],
      // Tokens are already normalized by words() below, so split on spaces only.
      tokenize: (text) => words(text),
      processTerm: indexTerm,
      searchOptions: {
        boost: { treatment: 2.5, name: 2, topic: 1.5, condition: 1.5 },
        // Expanded query terms arrive stemmed; prefix matching joins "hypoglyc" forms and similar.
        prefix: (term) => term.length >= 5,
        fuzzy: (term) => (term.length >= 7 ? 1 : false),
        weights: { fuzzy: 0.3, prefix: 0.6 },
      },
    });
    this.search.addAll(facts.map(toDoc));
  }

  /** Builds an index over the given facts. */
  static build(facts: readonly FlatFact[]): FactIndex {
    return new FactIndex(facts);
  }

  /** How many facts the index holds. */
  get size(): number {
    return this.byKey.size;
  }

  /** The best-matching facts for some conversation text, best first. */
  retrieve(query: string, options: RetrieveOptions = {}): RetrievedFact[] {
    const terms = expandQuery(query);
    if (terms.length === 0) return [];
    const packIds = options.packIds ? new Set(options.packIds) : undefined;
    const kinds = options.kinds ? new Set<string>(options.kinds) : undefined;
    const results = this.search.search(terms.join(' '), {
      // Terms are already processed; keep them as they are.
      tokenize: (text) => text.split(' '),
      processTerm: (t) => t,
      filter: packIds || kinds
        ? (r) => (!packIds || packIds.has(String(r['packId']))) && (!kinds || kinds.has(String(r['kind'])))
        : undefined,
    });
    const out: RetrievedFact[] = [];
    for (const r of results) {
      const fact = this.byKey.get(String(r.id));
      if (fact) out.push({ fact, score: r.score });
      if (out.length >= (options.limit ?? DEFAULT_LIMIT)) break;
    }
    return out;
  }
}

function toDoc(f: FlatFact): IndexedDoc {
  return {
    key: f.key,
    packId: f.packId,
    kind: f.kind,
    text: f.text,
    treatment: [f.treatmentName, f.treatmentClass].filter(Boolean).join(' '),
    name: f.name ?? '',
    topic: f.topic ?? '',
    // The condition's name lets "with crohns" or "my MS" lean towards that pack when several are searched.
    condition: f.packName,
  };
}
