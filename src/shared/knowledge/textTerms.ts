// Turns free text into comparable terms for retrieval: lowercase, no accents, no stop words, British and
// American spellings folded together, and a light suffix stemmer. Index and query go through the same steps,
// so "tiredness", "tired" and "tires" need not match, but "side effects" and "side effect" do.

const STOP_WORDS = new Set([
  'a', 'about', 'after', 'again', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been', 'before', 'being',
  'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'for', 'from', 'get', 'getting', 'got', 'had', 'has', 'have', 'having',
  'he', 'her', 'here', 'him', 'his', 'how', 'i', "i'm", 'if', 'im', 'in', 'into', 'is', 'it', 'its', 'just', 'me', 'more', 'most',
  'my', 'of', 'on', 'or', 'other', 'our', 'out', 'over', 'really', 'she', 'should', 'so', 'some', 'such', 'than', 'that', 'the',
  'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'to', 'too', 'up', 'us', 'very', 'was', 'we', 'were', 'what',
  'when', 'where', 'which', 'while', 'who', 'why', 'will', 'with', 'would', 'you', 'your', 'anyone', 'else', 'been', 'does', 'thing',
  'things', 'lot', 'lots', 'bit', 'way', 'much', 'many', 'every', 'ever', 'still', 'now', 'only', 'because', 'may', 'might', 'must',
  'arent', 'isnt', 'dont', 'doesnt', 'cant', 'wont', 'didnt', 'myself', 'yourself', 'anymore', 'ok', 'okay', 'really', 'feel', 'feels',
]);

/** Lowercases and strips accents and punctuation, keeping letters, digits and spaces. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Splits normalized text into words. */
export function words(text: string): string[] {
  const n = normalizeText(text);
  return n ? n.split(' ') : [];
}

/** True for words that carry no meaning for retrieval. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Folds British spellings onto American ones (diarrhoea → diarrhea, anaemia → anemia, behaviour → behavior). */
function foldSpelling(word: string): string {
  if (word.length < 5) return word;
  return word.replace(/oe/g, 'e').replace(/ae/g, 'e').replace(/our$/, 'or').replace(/ise$/, 'ize').replace(/isation$/, 'ization');
}

/** A deliberately small suffix stemmer: enough to join plurals and -ing/-ed forms without mangling drug names. */
export function stem(word: string): string {
  let w = foldSpelling(word);
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|ys)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  // "counsell" → "counsel", "stopp" → "stop": collapse a doubled final consonant left by the cuts above.
  if (/([bdfglmnprt])\1$/.test(w) && w.length > 4) w = w.slice(0, -1);
  // "fatigue"/"fatigued", "medicine"/"medicines": a final silent e would otherwise split them.
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** The stemmed content terms of a text, in order. */
export function terms(text: string): string[] {
  return words(text).filter((w) => !isStopWord(w)).map(stem);
}
