// Turns what people actually type into one plain form the safety lexicons can match:
// lowercase, no accents, leetspeak undone, stretched letters shortened, contractions and
// slang spelled out, emoji turned into words. Sentence punctuation (. ! ? ; ,) is kept
// because negation scopes end at it.

/** Emoji that carry meaning for safety, as the words the lexicons look for. */
const EMOJI_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/💊/gu, ' pills '],
  [/💉/gu, ' needle '],
  [/🔪|🗡/gu, ' knife '],
  [/🪒/gu, ' razor '],
  [/🔫/gu, ' gun '],
  [/🪢/gu, ' rope '],
  [/🪦|⚰|⚱/gu, ' dead '],
  [/🩸/gu, ' blood '],
  [/🌉/gu, ' bridge '],
  [/😂|🤣|😆|😹|💀/gu, ' lol '],
  [/😭|😢|😿|🥺|💔|😞|😔/gu, ' sad '],
  [/👋/gu, ' bye '],
];

/** Tokens that mix letters and digits on purpose and must not be read as leetspeak. */
const LEET_EXEMPT = new Set([
  'a1c', 'hba1c', 'type1', 'type2', 'b12', 'b6', 'b1', 'd3', 'k2', 'omega3', 't1d', 't2d', 't1', 't2', 'covid19', 'cd4',
  'il6', 'g6pd', 'mp3', 'ps5', 'h2o', 'co2', 'e2', 'a1', 'ms4', 'mmol', 'q4h', 'q6h', 'q8h', 'q12h', 'bid',
]);

const LEET_MAP: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', '$': 's', '!': 'i', '|': 'i',
};

/** Undoes leetspeak in a token that starts with a letter and hides digits or symbols inside ("k1ll", "$uicide"). */
function undoLeet(token: string): string {
  if (LEET_EXEMPT.has(token) || /^x\d+$/.test(token)) return token;
  if (!/[a-z$@]/.test(token[0] ?? '')) return token;
  if (!/[a-z][0-9@$!|]|[0-9@$!|][a-z]/.test(token) && !/^[$@][a-z]/.test(token)) return token;
  return token.replace(/[0-9@$!|]/g, (c) => LEET_MAP[c] ?? c);
}

/** Whole-word rewrites: contractions, texting shorthand, self-harm slang and frequent misspellings. */
type Rewrite = string | ((match: string, ...groups: string[]) => string);

const WORD_REWRITES: ReadonlyArray<readonly [RegExp, Rewrite]> = [
  // Contractions first, so later rules see "do not", "i am", "cannot".
  [/\bcan ?not\b|\bcant\b|\bcan't\b|\bcan t\b/g, 'cannot'],
  [/\bwon'?t\b/g, 'will not'],
  [/\bain'?t\b/g, 'am not'],
  [/\b(do|does|did|is|are|was|were|have|has|had|would|could|should|must|need)n'?t\b/g, '$1 not'],
  [/\bi'?m\b/g, 'i am'],
  [/\bi'?ve\b/g, 'i have'],
  [/\bi'll\b/g, 'i will'],
  [/\bi'd\b/g, 'i would'],
  [/\b(you|we|they)'re\b/g, '$1 are'],
  [/\byoure\b/g, 'you are'],
  [/\b(you|we|they|should|could|would|must)'?ve\b/g, '$1 have'],
  [/\b(you|we|they|he|she|it)'ll\b/g, '$1 will'],
  [/\b(he|she|it|that|there|what|who|where|tonight|today|everything|nobody|life)'s\b/g, '$1 is'],
  // "mind's made up", "rope's ready", "bag's packed": a noun's 's before a state is "is".
  [/\b([a-z]+)['’]s (made|ready|set|gone|over|done|packed|sorted|loaded|tied|decided|enough|coming|going)\b/g, '$1 is $2'],
  [/\b(thats|whats|theres)\b/g, (m: string) => `${m.slice(0, -1)} is`],
  [/\b(you|we|they|he|she)'d\b/g, '$1 would'],
  [/\bwanna\b/g, 'want to'],
  [/\bwana\b/g, 'want to'],
  [/\bgonna\b/g, 'going to'],
  [/\bgotta\b/g, 'got to'],
  [/\btryna\b/g, 'trying to'],
  [/\bimma\b/g, 'i am going to'],
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\brn\b/g, 'right now'],
  [/\b(tn|2nite|tonite|2night)\b/g, 'tonight'],
  [/\b(cuz|coz|bc|bcuz)\b/g, 'because'],
  [/\bidk\b/g, 'i do not know'],
  [/\bidc\b/g, 'i do not care'],
  [/\b(lmao|lmfao|rofl|haha+|hehe+|jaja+|jeje+|xd)\b/g, 'lol'],
  [/\b(tbh|ngl|fr|imo|omg)\b/g, ' '],
  [/\bany more\b/g, 'anymore'],
  [/\bno one\b/g, 'nobody'],
  [/\bmy ?sel[fv]e?\b(?! (?:esteem|worth|confidence|care|image|respect|control|awareness|employed|doubt))|\bmyslef\b|\bmysefl?\b|\bmysel\b/g, 'myself'],
  // Self-harm and suicide slang.
  [/\bkms+\b/g, 'kill myself'],
  [/\bkys\b/g, 'kill yourself'],
  [/\bctb\b/g, 'kill myself'],
  [/\bcommit(ting)? (die|death|toaster bath|neck rope)\b/g, 'kill myself'],
  [/\bunaliv(e|ed|ing)\b/g, (_m: string, s?: string) => (s === 'ed' ? 'killed' : s === 'ing' ? 'killing' : 'kill')],
  [/\bsewer ?slide\b|\bself[ -]?delet(e|ing|ion)\b|\bsui ?cide\b|\bsu?ic?i?[sc]ide\b|\bsuicid\b|\bsuic?ide\b|\bsuisid\w*/g, 'suicide'],
  [/\bsu?ic?i?[dc]al\b|\bsuicide?al\b|\bsuicidel\b|\bsucidal\b|\bsuisidal\b|\bsuicidial\b/g, 'suicidal'],
  [/\bsel[fv][ -]?h(a|e)rm(ing|ed|s)?\b/g, 'self harm$2'],
  [/\bsh'(?:d|ed)\b/g, 'self harmed'],
  [/\bsh\b/g, 'self harm'],
  [/\bod'?e?d\b/g, 'overdosed'],
  [/\bod\b/g, 'overdose'],
  [/\boverdo(es|ze|zed)\b/g, (m: string) => (m.endsWith('d') ? 'overdosed' : 'overdose')],
  [/\bkil+(ing|ed)?\b/g, 'kill$1'],
  [/\bki+l+(ing|ed)?\b/g, 'kill$1'],
  [/\bded\b/g, 'dead'],
  [/\bpils\b|\bpillz\b/g, 'pills'],
  [/\b(want|wanna|going|gonna|need|ready|have|about) 2\b/g, '$1 to'],
  [/\b2 (die|kill|end|be|live|wake|cut)\b/g, 'to $1'],
  [/\bto dye\b(?! (?:my|her|his|the|it|hair|them))/g, 'to die'],
  [/\b(?:lfe|lief|liffe)\b/g, 'life'],
  [/\bto (?:dei|diee|dye)\b(?! (?:my|her|his|the|it|hair|them))/g, 'to die'],
  [/\b(?:die|dying|died)(?= (?:my|her|his|the|your|their|it|our) (?:hair|beard|eyebrows|roots|clothes|shirt|jeans))/g, 'dye'],
  [/\bmyseif\b/g, 'myself'],
  [/\bwnat\b|\bwnt\b/g, 'want'],
  [/\bdont\b/g, 'do not'],
  [/\bdoesnt\b/g, 'does not'],
  [/\bdidnt\b/g, 'did not'],
  [/\bisnt\b/g, 'is not'],
  [/\bwasnt\b/g, 'was not'],
  [/\bwouldnt\b/g, 'would not'],
  [/\bcouldnt\b/g, 'could not'],
  [/\bshouldnt\b/g, 'should not'],
  [/\bhavent\b/g, 'have not'],
  [/\bim\b/g, 'i am'],
  [/\bive\b/g, 'i have'],
  [/\bwont\b/g, 'will not'],
  [/\b(hes|shes)\b/g, (m: string) => `${m.slice(0, -1)} is`],
  [/\bhe'?ll\b/g, 'he will'],
  [/\bshe'?ll\b/g, 'she will'],
  [/\bok+ay\b|\bk\b/g, 'ok'],
  [/\bbye+\b|\bgoodbye+\b|\bgood bye\b/g, (m: string) => (m.startsWith('good') ? 'goodbye' : 'bye')],
  // Spanish texting.
  [/\bkiero\b/g, 'quiero'],
  [/\bq\b/g, 'que'],
  [/\b(xq|pq|porq)\b/g, 'porque'],
  [/\bmorirme+\b/g, 'morirme'],
];

/** Collapses stretched letters: 3+ of a vowel a/i/u/y becomes one ("diiie"), anything else becomes two ("killll"). */
function collapseRepeats(text: string): string {
  return text.replace(/([aiuy])\1{2,}/g, '$1').replace(/([a-z])\1{2,}/g, '$1$1');
}

/** Joins words spelled out one letter at a time ("s u i c i d e"). */
function joinSpelledOut(text: string): string {
  return text.replace(/\b(?:[a-z] ){3,}[a-z]\b/g, (m) => m.replace(/ /g, ''));
}

/** Words people censor or star out, read back: "d*e" → die, "s**cide" → suicide. Anything else loses its stars. */
const CENSORED_TARGETS = ['die', 'dead', 'kill', 'killed', 'killing', 'suicide', 'suicidal', 'myself', 'overdose', 'cut', 'cutting', 'death'];

function uncensor(word: string): string {
  const pattern = new RegExp(`^${word.replace(/[*_]+/g, (m) => `.{${m.length},${m.length + 1}}`)}$`);
  return CENSORED_TARGETS.find((target) => pattern.test(target)) ?? word.replace(/[*_]/g, '');
}

const RUN_TOGETHER: ReadonlyArray<readonly [RegExp, string]> = [
  [/killmyself|kilmyself/, ' kill myself '],
  [/wanttodie/, ' want to die '],
  [/wannadie/, ' want to die '],
  [/endmylife/, ' end my life '],
  [/hurtmyself/, ' hurt myself '],
  [/cutmyself/, ' cut myself '],
];

/** Splits crisis phrases typed without spaces ("iwanttodie"). */
function splitRunTogether(token: string): string {
  let out = token;
  for (const [pattern, spaced] of RUN_TOGETHER) out = out.replace(pattern, spaced);
  return out.replace(/^i(?= )/, 'i ').trim();
}

/** Misspellings of the words that matter most, caught by edit distance (one edit, two for long words). */
const FUZZY_TARGETS = ['suicide', 'suicidal', 'myself', 'unalive'];

function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return false;
    prev = row;
  }
  return (prev[b.length] ?? max + 1) <= max;
}

function fuzzyFix(word: string): string {
  // Correct stems ("suicidio", "suicidas") are Spanish, not misspellings.
  if (word.length < 5 || word.length > 10 || FUZZY_TARGETS.includes(word) || /^suicid(?:io|ios|a|as|arme|arse|ar|ate|e|al|ally|es)$/.test(word)) return word;
  const target = FUZZY_TARGETS.find((t) => t[0] === word[0] && editDistanceAtMost(word, t, t.length >= 8 ? 2 : 1));
  return target ?? word;
}

/** Lowercase, accent-free, leet-free, slang-expanded text with only sentence punctuation left. */
export function normalizeText(text: string): string {
  let t = text.normalize('NFKC').replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'").replace(/\uFE0F|\u200D/g, '');
  for (const [pattern, word] of EMOJI_WORDS) t = t.replace(pattern, word);
  // A capital I between lowercase letters is usually an l in disguise ("myseIf", "kiIl").
  t = t.replace(/(?<=[a-z])I(?=[a-z]|\b)/g, 'l');
  t = t.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  t = t.replace(/\b[a-z*_]*[*_][a-z*_]*\b|\b[a-z]+\*+(?=\s|$)/g, uncensor);
  t = t.replace(/\bk\.m\.s\b\.?|\bk m s\b/g, 'kms');
  t = t.replace(/\b\S*(?:killmyself|kilmyself|wanttodie|wannadie|endmylife|hurtmyself|cutmyself)\S*\b/g, splitRunTogether);
  t = t.replace(/[¿¡]/g, ' ');

  // Leetspeak needs the raw token before punctuation is stripped ("$uicide", "k!ll").
  t = t.split(/\s+/).map((tok) => {
    const m = /^(.*?)([.,;:?!]*)$/.exec(tok);
    const core = m?.[1] ?? tok;
    const tail = m?.[2] ?? '';
    return undoLeet(core) + tail;
  }).join(' ');
  t = t.replace(/\.{2,}|…/g, '.');
  t = t.replace(/[^a-z0-9'.,;!?%/ -]+/g, ' ').replace(/(\D)[-/](\D)/g, '$1 $2');
  t = collapseRepeats(t);
  t = joinSpelledOut(t);
  t = t.replace(/[a-z]{5,10}/g, fuzzyFix);
  for (const [pattern, replacement] of WORD_REWRITES) {
    t = typeof replacement === 'string' ? t.replace(pattern, replacement) : t.replace(pattern, replacement);
  }
  t = t.replace(/'/g, '');
  // Decimal points ("2.1 mmol") are not sentence punctuation: protect them while punctuation is spaced out.
  t = t.replace(/(\d)\.(\d)/g, '$1{dot}$2');
  t = t.replace(/\s*([.,;!?])\s*/g, ' $1 ').replace(/\{dot\}/g, '.').replace(/\s+/g, ' ').trim();
  return t;
}

const NORMALIZED_CACHE_SIZE = 64;
const normalizedCache = new Map<string, string>();

/** normalizeText, remembered for the last few texts (the rules and the parser both read each message). */
export function normalizeCached(text: string): string {
  const hit = normalizedCache.get(text);
  if (hit !== undefined) return hit;
  const value = normalizeText(text);
  normalizedCache.set(text, value);
  if (normalizedCache.size > NORMALIZED_CACHE_SIZE) normalizedCache.delete(normalizedCache.keys().next().value ?? '');
  return value;
}
