// Streams arrive token by token; the guard judges whole sentences. This buffer cuts the stream into
// sentences without splitting decimals ("2.5 mg"), common abbreviations ("Dr.", "e.g."), ellipses
// mid-thought ("You should stop… your pills" is one sentence, so the guard sees all of it), a line
// broken mid-clause, or a citation marker from the sentence it belongs to ("…with food [2]. Next").

const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'mg', 'mcg', 'ml', 'jr', 'sr',
  'dra', 'sra', 'ud', 'uds', 'p.ej', 'aprox',
]);

/** Single letters that are words, not initials ("So did I. It was…", "y", "a", "o"). */
const ONE_LETTER_WORDS = new Set(['i', 'a', 'y', 'o', 'e', 'u']);

const END_PUNCTUATION = /[.!?…]["”’')\]]*(\s?\[\d+(?:\s*,\s*\d+)*\])?\s*$/;

/** Where the sentence that starts at 0 ends in `text` (exclusive), or -1 if it has not ended yet. */
export function findSentenceEnd(text: string, final: boolean): number {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      const before = text.slice(0, i);
      if (before.trim().length === 0) continue;
      // A line break ends a sentence after end punctuation, or as a paragraph break before a
      // capital; a single break mid-clause ("double your\ninsulin") is just a space.
      if (END_PUNCTUATION.test(before)) return i + 1;
      const after = text.slice(i + 1);
      const next = /^\s*(\S)/.exec(after);
      if (!next) {
        if (final) return i + 1;
        return -1;
      }
      if (/^[ \t]*\n/.test(after) && next[1]! === next[1]!.toUpperCase() && next[1]! !== next[1]!.toLowerCase()) return i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Run through repeated punctuation, closing quotes/brackets and a trailing citation marker.
    let j = i + 1;
    while (j < text.length && /[.!?…"”’')\]]/.test(text[j]!)) j++;
    const marker = /^\s?\[\d+(?:\s*,\s*\d+)*\]/.exec(text.slice(j));
    if (marker) j += marker[0].length;
    if (j >= text.length) return final ? j : -1;
    if (!/\s/.test(text[j]!)) continue;
    // A marker may still be on its way (" [", " [1"): wait for it unless the stream has ended.
    const rest = text.slice(j);
    if (!final && /^\s*(\[[\d,\s]*)?$/.test(rest)) return -1;
    // An ellipsis followed by a lower-case word is a pause inside the sentence.
    const run = text.slice(i, j);
    if ((run.includes('…') || run.includes('...')) && /^\s*[a-záéíóúñ]/.test(rest)) {
      i = j - 1;
      continue;
    }
    if (ch === '.') {
      const word = /([A-Za-zÁÉÍÓÚáéíóúñÑ.]+)$/.exec(text.slice(0, i))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || (/^[a-z]$/i.test(word) && !ONE_LETTER_WORDS.has(word))) continue;
      if (word === 'no' && /^\s*\d/.test(rest)) continue;
    }
    return j;
  }
  return final && text.trim().length > 0 ? text.length : -1;
}

/** Accumulates streamed text and hands back complete sentences. */
export class SentenceBuffer {
  private pending = '';

  /** Adds streamed text; returns the sentences it completed (trimmed, non-empty). */
  push(chunk: string): string[] {
    this.pending += chunk;
    return this.drain(false);
  }

  /** The stream ended: returns what is left as a last sentence (if any). */
  flush(): string[] {
    return this.drain(true);
  }

  /** Text received but not yet part of a complete sentence. */
  get remainder(): string {
    return this.pending;
  }

  private drain(final: boolean): string[] {
    const out: string[] = [];
    for (;;) {
      const end = findSentenceEnd(this.pending, final);
      if (end < 0) break;
      const sentence = this.pending.slice(0, end).trim();
      this.pending = this.pending.slice(end);
      if (sentence) out.push(sentence);
      if (!this.pending.trim()) {
        if (final) this.pending = '';
        break;
      }
    }
    return out;
  }
}
