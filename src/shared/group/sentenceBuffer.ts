// Streams arrive token by token; the guard judges whole sentences. This buffer cuts the stream into
// sentences without splitting decimals ("2.5 mg"), common abbreviations ("Dr.", "e.g."), ellipses
// mid-thought, or a citation marker from the sentence it belongs to ("…with food [2]. Next").

const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'mg', 'mcg', 'ml', 'no', 'jr', 'sr',
  'dra', 'sra', 'sr', 'ud', 'uds', 'p.ej', 'aprox',
]);

/** Where the sentence that starts at 0 ends in `text` (exclusive), or -1 if it has not ended yet. */
export function findSentenceEnd(text: string, final: boolean): number {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      if (text.slice(0, i).trim().length > 0) return i + 1;
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
    if (ch === '.') {
      const word = /([A-Za-zÁÉÍÓÚáéíóúñÑ.]+)$/.exec(text.slice(0, i))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word)) continue;
      if (/\d$/.test(text.slice(0, i)) && /^\s*\d/.test(text.slice(i + 1))) continue;
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
