// The pace of the person at the keyboard, for benches that include their time: an unhurried reader
// and an average typist, not a test robot. Assumptions of these benches (stated with each figure),
// not measurements of anyone.

/** Words read per minute, silently, of plain prose (about 240 for adults). */
export const READ_WORDS_PER_MIN = 240;
/** Typing at 40 words a minute of five characters: 300 ms a key. */
export const TYPE_MS_PER_KEY = 300;
/** Finding and pressing a button with the mouse, once its screen has been read. */
export const POINT_MS = 800;

/** Milliseconds to read a text. */
export const personReadMs = (text: string): number => (text.split(/\s+/).filter(Boolean).length / READ_WORDS_PER_MIN) * 60_000;

/** Milliseconds to type a text. */
export const personTypeMs = (text: string): number => text.length * TYPE_MS_PER_KEY;
