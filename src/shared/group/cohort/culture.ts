// How likely each cultural background is in a group. Three things shape it:
//   1. a gentle regional baseline (a sampling choice, not a fact: it carries no citation) that keeps
//      groups varied rather than copying census shares;
//   2. the pack's own demographic notes ("more common in Black and Latina women") where they exist;
//   3. Spanish-speaking users meet more Spanish-language names.
// The user's own wishes ("Black", "Latina", "faith matters to me") are read by readBackgroundWish.
import type { Language } from '@shared/domain';
import type { KnowledgePack } from '@shared/knowledge/packSchema';
import type { Region } from './backgrounds';
import type { IdentityExtra } from './backgrounds';
import { Culture } from './names';

const BASELINE: Readonly<Record<Region, Readonly<Record<Culture, number>>>> = {
  us: { white: 4, black: 2, latino: 2.5, 'east-asian': 1, 'south-asian': 0.8, 'middle-eastern': 0.5, indigenous: 0.5, 'eastern-european': 0.6, spanish: 0.2 },
  uk: { white: 4, black: 1.5, 'south-asian': 2, 'east-asian': 0.8, 'middle-eastern': 0.8, 'eastern-european': 1.2, latino: 0.3, spanish: 0.3, indigenous: 0 },
  es: { spanish: 6, latino: 2, 'middle-eastern': 1, 'eastern-european': 1, black: 0.6, white: 0.4, 'east-asian': 0.4, 'south-asian': 0.3, indigenous: 0 },
  latam: { latino: 8, indigenous: 1, spanish: 1, black: 0.6, 'east-asian': 0.3, white: 0.3, 'middle-eastern': 0.3, 'south-asian': 0, 'eastern-european': 0 },
  oceania: { white: 3, 'east-asian': 1.2, 'south-asian': 1, indigenous: 0.8, 'middle-eastern': 0.4, 'eastern-european': 0.3, black: 0.3, latino: 0.2, spanish: 0.1 },
  other: { white: 1.5, black: 1, latino: 1, 'east-asian': 1, 'south-asian': 1, 'middle-eastern': 1, 'eastern-european': 0.8, indigenous: 0.4, spanish: 0.5 },
};

// Words that name a background, in the packs' English and the users' two languages. Order matters:
// "american indian" must be read before "indian", "south asian" before "asian".
const TERMS: readonly (readonly [RegExp, readonly Culture[]])[] = [
  [/american indian|alaska native|native american|first nations|indigenous|ind[ií]gena|inuit|m[aā]ori|s[aá]mi\b|diné|navajo|lakota|cherokee|ojibwe|cree\b|mapuche|quechua|maya\b|zapotec/g, ['indigenous']],
  [/south asian|asian indian|sur de asia|indian\b|\bindia\b|pakistani|bangladeshi|punjabi|sikh|tamil|desi\b/g, ['south-asian']],
  [/southern european/g, ['spanish']],
  [/asian[- ]pacific|pacific islander|east asian|chinese|korean|japanese|vietnamese|filipin[oa]|\basian\b|asi[aá]tic[oa]|chin[oa]\b/g, ['east-asian']],
  [/hispanic|latin[oax]\b|latinx|latine|hispan[oa]|mexican|puerto rican|colombian|salvadoran|spanish[- ]speaking|hispanohablante/g, ['latino']],
  [/\bspanish\b|espa[nñ]ol[a]?\b|spain|españa/g, ['spanish']],
  [/middle eastern|north african|\barab\b|arabic|[aá]rabe|persian|iranian|turkish|kurdish|moroccan|lebanese|syrian|egyptian|musulm[aá]n|muslim/g, ['middle-eastern']],
  [/african american|\bblack\b|african\b|caribbean|afro|negr[oa]\b|afrodescendiente|jamaican|nigerian|ghanaian|somali/g, ['black']],
  [/eastern european|polish|ukrainian|romanian|russian|serbian|balkan|europe[oa] del este/g, ['eastern-european']],
  [/\bwhite\b|nordic|european heritage|blanc[oa]\b|irish|scottish|welsh/g, ['white']],
];

const POSITIVE = /more common|more likely|most common|high(?:er)? risk|risk is higher|disproportionately|\b\d+ in 10\b|many people|reported more often|especially high/;
const NEGATIVE = /less common|less likely|lower rates?|rarer|uncommon/;

interface Mention {
  readonly cultures: readonly Culture[];
  readonly at: number;
}

function mentions(text: string): Mention[] {
  let rest = text;
  const found: Mention[] = [];
  for (const [pattern, cultures] of TERMS) {
    rest = rest.replace(pattern, (match, at: number) => {
      found.push({ cultures, at });
      // Blank the match out (same length) so a later, shorter term cannot read it again.
      return ' '.repeat(match.length);
    });
  }
  return found;
}

/** What a pack's notes say about background: how many sentences name a culture as more affected, and any stated share. */
export interface PackBackgroundSignal {
  /** Sentences saying a culture is more affected. */
  readonly boosts: ReadonlyMap<Culture, number>;
  /** Shares stated outright ("9 in 10 people with it are Black"), 0–1. */
  readonly shares: ReadonlyMap<Culture, number>;
}

const signalCache = new WeakMap<KnowledgePack, PackBackgroundSignal>();

/** Reads what a pack's demographic notes say about background (cached per pack object). */
export function packBackgroundSignal(pack: KnowledgePack | null): PackBackgroundSignal {
  if (!pack) return { boosts: new Map(), shares: new Map() };
  const cached = signalCache.get(pack);
  if (cached) return cached;
  const signal = readSignal(pack);
  signalCache.set(pack, signal);
  return signal;
}

/** Background cultures a pack's demographic notes say are more affected: how many sentences say so. */
export function packCultureBoosts(pack: KnowledgePack | null): ReadonlyMap<Culture, number> {
  return packBackgroundSignal(pack).boosts;
}

function readSignal(pack: KnowledgePack): PackBackgroundSignal {
  const boosts = new Map<Culture, number>();
  const shares = new Map<Culture, number>();
  for (const note of pack.demographics.notes) {
    for (const sentence of note.text.toLowerCase().split(/(?<=[.;])\s+/)) {
      const clean = sentence.replace(/non-hispanic\s+/g, '');
      const cues = [...clean.matchAll(new RegExp(`${POSITIVE.source}|${NEGATIVE.source}`, 'g'))].map((m) => ({
        at: m.index,
        positive: POSITIVE.test(m[0]),
      }));
      if (cues.length === 0) continue;
      const affected = new Set<Culture>();
      for (const mention of mentions(clean)) {
        // "…more likely than white women": the group after "than" is the comparison, not the one affected.
        if (/than\s*$/.test(clean.slice(Math.max(0, mention.at - 6), mention.at))) continue;
        // A group takes the nearest cue before it ("most common in X, and less common in Y"), or the
        // sentence's first cue when the cue comes after it ("X and Y people are at high risk").
        const cue = [...cues].reverse().find((c) => c.at < mention.at) ?? cues[0];
        if (cue?.positive) for (const c of mention.cultures) affected.add(c);
      }
      for (const c of affected) boosts.set(c, (boosts.get(c) ?? 0) + 1);
      // "9 in 10 people with sickle cell disease … identify as Black": a share, when one culture is named.
      const share = /\b(\d) in 10\b/.exec(clean);
      const [only] = affected;
      if (share && affected.size === 1 && only) shares.set(only, Number(share[1]) / 10);
    }
  }
  return { boosts, shares };
}

/** What the user's free "background" words ask for: cultures, and identities such as LGBTQ+ or faith. */
export interface BackgroundWish {
  readonly cultures: readonly Culture[];
  readonly extras: readonly IdentityExtra[];
}

/** Reads the user's background wish. Unrecognised words are simply not used (never copied into a persona). */
export function readBackgroundWish(words: string | undefined): BackgroundWish {
  if (!words) return { cultures: [], extras: [] };
  const text = words.toLowerCase();
  const cultures = new Set<Culture>();
  for (const m of mentions(text)) for (const c of m.cultures) cultures.add(c);
  const extras: IdentityExtra[] = [];
  if (/lgbt|queer|\bgay\b|lesbian|bisexual|\bbi\b|trans\b|nonbinary|non-binary|no binari/.test(text)) extras.push('lgbtq');
  if (/faith|church|christian|muslim|islam|jewish|hindu|sikh|religio|\bfe\b|iglesia|creyente|cristian|jud[ií]/.test(text)) extras.push('faith');
  return { cultures: Culture.options.filter((c) => cultures.has(c)), extras };
}

/** Sampling weight of each culture for this region, pack and language. */
export function cultureWeights(region: Region, language: Language, pack: KnowledgePack | null): Record<Culture, number> {
  const weights = { ...BASELINE[region] };
  const signal = packBackgroundSignal(pack);
  for (const [culture, count] of signal.boosts) {
    // Each sentence that names a culture as more affected adds the baseline once more (×2, ×3…).
    if (weights[culture] > 0) weights[culture] *= 1 + count;
  }
  if (language === 'es') {
    const inSpain = region === 'es';
    weights.spanish = Math.max(weights.spanish, 1) * (inSpain ? 2 : 3);
    weights.latino = Math.max(weights.latino, 1) * (inSpain ? 1.5 : 3);
  }
  // A share the pack states outright wins: scale that culture so it makes up that share of the group.
  for (const [culture, share] of signal.shares) {
    const others = Culture.options.filter((c) => c !== culture).reduce((sum, c) => sum + weights[c], 0);
    if (share > 0 && share < 1) weights[culture] = (share / (1 - share)) * others;
  }
  return weights;
}
