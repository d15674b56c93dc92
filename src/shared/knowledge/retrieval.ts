// BM25 retrieval over flat pack facts (MiniSearch), no network. The conversation engine asks for the few
// facts that fit the recent conversation; treatment names and classes are indexed as boosted fields so
// "metformin" or "SSRI" lands on that treatment's facts, and lay words are widened with LAY_SYNONYMS.
import MiniSearch from 'minisearch';
import { mayOffer } from './dosing';
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

/** What a turn is about: what the person just said, and (less) the conversation before it. */
export interface TurnQuery {
  readonly said: string;
  readonly before?: string;
}

/** How much the earlier conversation counts beside what was just said. */
const BEFORE_WEIGHT = 0.25;
/** An organisation's description, when the person did not ask about groups or charities, counts this much. */
const UNASKED_ORGANISATION_WEIGHT = 0.3;
/** The person is asking about people, groups or charities (then organisations rank on their merits). */
const ASKS_FOR_PEOPLE = /\b(groups?|charit(y|ies)|organi[sz]ations?|foundations?|helplines?|meet(ups?|ing)?|community|others like me|people like me|real people|grupos?|asociaci[oó]n(es)?|fundaci[oó]n(es)?|organizaci[oó]n(es)?|comunidad|conocer gente)\b/i;

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

  /**
   * The facts for a turn of conversation, best first: ranked by what was just said, the earlier
   * conversation counting a quarter as much (so a facilitator's "support group" welcome does not
   * put charities above a remark about tiredness); an organisation only ranks on its merits when the
   * person asks about groups or charities; a dosing fact is never offered unless the person named
   * that medicine.
   */
  retrieveForTurn(query: TurnQuery, options: RetrieveOptions = {}): RetrievedFact[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const pool = { ...options, limit: limit * 4 };
    const said = this.retrieve(query.said, pool);
    const before = query.before ? this.retrieve(query.before, pool) : [];
    const top = (list: readonly RetrievedFact[]): number => Math.max(1e-9, ...list.map((r) => r.score));
    const scores = new Map<string, RetrievedFact>();
    const add = (list: readonly RetrievedFact[], weight: number): void => {
      const best = top(list);
      for (const r of list) {
        const score = (scores.get(r.fact.key)?.score ?? 0) + (weight * r.score) / best;
        scores.set(r.fact.key, { fact: r.fact, score });
      }
    };
    add(said, 1);
    add(before, BEFORE_WEIGHT);
    const asksForPeople = ASKS_FOR_PEOPLE.test(query.said);
    return [...scores.values()]
      .filter((r) => mayOffer(r.fact, query.said))
      .map((r) => (r.fact.kind === 'organisation' && !asksForPeople ? { ...r, score: r.score * UNASKED_ORGANISATION_WEIGHT } : r))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
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
