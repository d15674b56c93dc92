/** The @-word being typed just before the caret, if any ("@ro" → "ro"). */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([\p{L}'-]*)$/u.exec(before);
  if (!match) return null;
  return { start: before.length - match[2]!.length - 1, query: match[2]! };
}

/** Replaces the @-word before the caret with the chosen first name; returns the new text and caret. */
export function applyMention(text: string, caret: number, name: string): { text: string; caret: number } {
  const found = mentionQuery(text, caret);
  if (!found) return { text, caret };
  const first = name.split(/\s+/)[0] ?? name;
  const insert = `@${first} `;
  return { text: text.slice(0, found.start) + insert + text.slice(caret), caret: found.start + insert.length };
}

/** Names matching what was typed after @, case- and accent-insensitive. */
export function matchNames(names: readonly string[], query: string): string[] {
  const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const q = fold(query);
  return names.filter((n) => fold(n).startsWith(q) || fold(n).includes(` ${q}`));
}
