// Text from outside the prompt's own wording — what the person wrote, model replies, persona and
// condition fields (which an imported group file can carry) — goes into prompts only through here,
// so it can never start a line of its own: a newline followed by "Facilitator:" or "YOUR TASK:"
// would otherwise forge a transcript line or a task.

/** Control characters, zero-width and bidirectional-override characters: nothing a person needs in a prompt. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** One line of plain text: every kind of line break and run of spaces folded to one space, invisible characters removed, length capped. */
export function inlineText(text: string, max = 4000): string {
  const folded = text.normalize('NFC').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  return folded.length > max ? `${folded.slice(0, max - 1)}…` : folded;
}

/** Quoted, on one line: the model sees exactly where someone's words begin and end. */
export const quoted = (text: string, max?: number): string => JSON.stringify(inlineText(text, max));

/** A transcript line: the speaker's name (one line, short) and their words, quoted. */
export const transcriptLine = (speaker: string, text: string): string => `${inlineText(speaker, 60)}: ${quoted(text)}`;
