/**
 * Sealed records are padded to a few fixed sizes before encryption, so the size on disk says little
 * about what is inside: a group for HIV and one for type 2 diabetes, or an empty crisis state and one
 * after a crisis, seal to the same length. Sizes double from 256 bytes to 64 KiB, then grow in 64 KiB
 * steps (a long message costs at most twice its size, a very long one at most 64 KiB more).
 */
const SMALLEST = 256;
const STEP_AFTER = 64 * 1024;

/** The padded length for a plaintext of `length` bytes. */
export function paddedLength(length: number): number {
  if (length <= SMALLEST) return SMALLEST;
  if (length > STEP_AFTER) return Math.ceil(length / STEP_AFTER) * STEP_AFTER;
  return 2 ** Math.ceil(Math.log2(length));
}

/**
 * Pads JSON text with zero bytes. JSON.stringify escapes every control character, so a zero byte
 * never occurs inside the text and the padding is simply everything from the first zero on.
 */
export function pad(json: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(paddedLength(json.length));
  out.set(json);
  return out;
}

/** The JSON bytes without their padding. */
export function unpad(padded: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const end = padded.indexOf(0);
  return end === -1 ? padded : padded.subarray(0, end);
}
