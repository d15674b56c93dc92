/**
 * A small deterministic tokenizer for the fake model. It is not a real BPE, but it behaves like one
 * in the ways Hearth's code can observe: pieces carry their leading space (" word"), long words split
 * into several pieces, punctuation is its own piece, chat-template markers are single tokens, and the
 * pieces always join back into the exact input text. Tests and benches import it so they count
 * tokens the same way the fake does.
 */

/** Longest run of letters/digits kept in one piece; longer words split like sub-word units. */
const MAX_WORD_PIECE = 8;

// Order matters: template markers first, then words with their leading whitespace, then single
// punctuation with its leading whitespace, then leftover whitespace (e.g. trailing newlines).
const PIECE = new RegExp(
  [
    String.raw`<\|[a-z_]+\|>`,
    String.raw`[ \t]?[\p{L}\p{N}\p{M}]{1,${MAX_WORD_PIECE}}`,
    String.raw`[ \t]?[^\s\p{L}\p{N}\p{M}]`,
    String.raw`\s`,
  ].join('|'),
  'gu',
);

/** Splits text into token pieces; `tokenize(t).join('') === t` always holds. */
export function tokenize(text: string): string[] {
  return text.match(PIECE) ?? [];
}

/** Number of tokens the fake model counts for a text. */
export function countTokens(text: string): number {
  return tokenize(text).length;
}

/**
 * Maps pieces to integer ids and back, so `/api/generate` can return a `context` array and accept it
 * again, as Ollama does. Ids are assigned in first-seen order, so they are stable within one server.
 */
export class Vocabulary {
  private readonly idsByPiece = new Map<string, number>();
  private readonly pieces: string[] = [];

  /** Ids for a list of pieces, adding unseen pieces to the vocabulary. */
  encode(pieces: readonly string[]): number[] {
    return pieces.map((piece) => {
      const known = this.idsByPiece.get(piece);
      if (known !== undefined) return known;
      const id = this.pieces.length;
      this.pieces.push(piece);
      this.idsByPiece.set(piece, id);
      return id;
    });
  }

  /** Pieces for ids; unknown ids decode to nothing, as a real tokenizer skips invalid ids. */
  decode(ids: readonly number[]): string[] {
    return ids.flatMap((id) => {
      const piece = this.pieces[id];
      return piece === undefined ? [] : [piece];
    });
  }
}
