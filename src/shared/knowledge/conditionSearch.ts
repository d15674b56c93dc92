// Onboarding's condition search: a handful of packs, each with a name and synonyms, matched against what a
// person types — abbreviations ("T2D"), lay names ("sugar diabetes"), umbrella terms ("IBD" → Crohn's and
// UC), prefixes while typing ("crohn") and one slip of the finger ("lupsu"). The list is small, so a direct
// scorer with Damerau distance is simpler and more predictable than a general index.
import { normalizeText } from './textTerms';

/** A condition as the search sees it. */
export interface ConditionEntry {
  readonly packId: string;
  readonly name: string;
  readonly synonyms: readonly string[];
}

/** One match, best first; `matched` is the name or synonym that matched best. */
export interface ConditionMatch {
  readonly packId: string;
  readonly name: string;
  readonly matched: string;
  readonly score: number;
}

/**
 * Lay and umbrella names people use that a pack's own synonyms may not list. Umbrella terms deliberately
 * point at several packs ("IBD" is both Crohn's disease and ulcerative colitis).
 */
export const EXTRA_CONDITION_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'type-2-diabetes': ['T2D', 'T2DM', 'type 2', 'sugar diabetes', 'diabetes', 'adult onset diabetes', 'sugar'],
  'type-1-diabetes': ['T1D', 'T1DM', 'type 1', 'diabetes', 'juvenile diabetes'],
  'crohns-disease': ['IBD', 'inflammatory bowel disease', 'crohns', 'crohn'],
  'ulcerative-colitis': ['IBD', 'inflammatory bowel disease', 'UC', 'colitis'],
  'depression': ['low mood', 'major depression', 'clinical depression', 'MDD'],
  'lupus': ['SLE', 'systemic lupus erythematosus'],
  'rheumatoid-arthritis': ['RA', 'arthritis'],
  'chronic-kidney-disease': ['CKD', 'kidney disease', 'kidney failure'],
  'multiple-sclerosis': ['MS'],
  'copd': ['emphysema', 'chronic bronchitis'],
  'heart-failure': ['HF', 'congestive heart failure', 'CHF'],
  'sickle-cell-disease': ['sickle cell', 'SCD', 'sickle cell anaemia', 'sickle cell anemia'],
  'long-covid': ['post covid', 'post-covid condition', 'long covid'],
  'celiac-disease': ['coeliac disease', 'coeliac', 'celiac', 'gluten intolerance'],
  'anxiety': ['GAD', 'generalised anxiety', 'generalized anxiety', 'panic'],
  'hiv': ['HIV', 'AIDS'],
  'fibromyalgia': ['fibro', 'FMS'],
  'migraine': ['migraines', 'headaches'],
};

interface Phrase {
  readonly text: string;
  readonly original: string;
  readonly tokens: readonly string[];
  readonly isName: boolean;
}

interface PreparedEntry {
  readonly entry: ConditionEntry;
  readonly phrases: readonly Phrase[];
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
export function damerauDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      d[i * cols + j] = v;
    }
  }
  return at(a.length, b.length);
}

/** How well one typed token matches one vocabulary token (0 when it does not). */
function tokenScore(q: string, t: string, isLast: boolean): number {
  if (q === t) return 1;
  // Prefix matching is what makes search-as-you-type work; only the token being typed needs it.
  if (q.length >= 2 && t.startsWith(q)) return isLast ? 0.85 : 0.6;
  if (q.length >= 4) {
    const dist = damerauDistance(q, t, 2);
    if (dist === 1) return 0.7;
    if (dist === 2 && q.length >= 8) return 0.45;
  }
  return 0;
}

/** Scores a query against one phrase: the mean of each typed token's best match, full-phrase hits on top. */
function phraseScore(queryText: string, queryTokens: readonly string[], phrase: Phrase): number {
  if (queryText === phrase.text) return phrase.isName ? 3 : 2.8;
  let sum = 0;
  queryTokens.forEach((q, i) => {
    const isLast = i === queryTokens.length - 1;
    sum += Math.max(0, ...phrase.tokens.map((t) => tokenScore(q, t, isLast)));
  });
  const coverage = sum / queryTokens.length;
  // A phrase whose own words are all covered is a closer match than one with extra words left over.
  const tightness = queryTokens.length / Math.max(phrase.tokens.length, queryTokens.length);
  return coverage * (0.85 + 0.15 * tightness) * (phrase.isName ? 1.05 : 1);
}

/** Search over the installed conditions; build once, query on every keystroke. */
export class ConditionSearch {
  private readonly prepared: readonly PreparedEntry[];

  constructor(entries: readonly ConditionEntry[], extraAliases: Readonly<Record<string, readonly string[]>> = EXTRA_CONDITION_ALIASES) {
    this.prepared = entries.map((entry) => {
      const all = [
        { original: entry.name, isName: true },
        ...entry.synonyms.map((s) => ({ original: s, isName: false })),
        ...(extraAliases[entry.packId] ?? []).map((s) => ({ original: s, isName: false })),
        // The pack id itself ("crohns-disease") is a reasonable thing to type too.
        { original: entry.packId.replace(/-/g, ' '), isName: false },
      ];
      const phrases = all
        .map(({ original, isName }) => {
          const text = normalizeText(original);
          return { text, original, tokens: text.split(' ').filter(Boolean), isName };
        })
        .filter((p) => p.tokens.length > 0);
      return { entry, phrases };
    });
  }

  /** Matching conditions, best first. An empty query returns nothing. */
  search(query: string, limit = 8): ConditionMatch[] {
    const queryText = normalizeText(query);
    const queryTokens = queryText.split(' ').filter(Boolean);
    if (queryTokens.length === 0) return [];
    const matches: ConditionMatch[] = [];
    for (const { entry, phrases } of this.prepared) {
      let best = 0;
      let matched = entry.name;
      for (const phrase of phrases) {
        const s = phraseScore(queryText, queryTokens, phrase);
        if (s > best) {
          best = s;
          matched = phrase.original;
        }
      }
      if (best >= 0.5) matches.push({ packId: entry.packId, name: entry.name, matched, score: Math.round(best * 1000) / 1000 });
    }
    return matches.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit);
  }
}
