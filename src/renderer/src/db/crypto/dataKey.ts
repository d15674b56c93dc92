/**
 * The random AES-256-GCM key that encrypts records, and how the passphrase key wraps it. In memory
 * the data key is a non-extractable CryptoKey: no script can read its bytes back out of WebCrypto.
 * Its raw bytes exist only for a moment, when a key is made (to wrap it) or when the person types
 * their passphrase to have it remembered by the OS keychain.
 */

const AES = { name: 'AES-GCM', length: 256 } as const;
// The same AAD as the first release's wrapKey('raw', …): wrapKey of a raw AES key is AES-GCM of its
// bytes, so rows wrapped then open with decrypt/unwrapKey now, and new rows stay readable by both.
const WRAP_AAD = new TextEncoder().encode('hearth:data-key:v1');

/** A wrapped data key as stored in the keystore row. */
export interface WrappedKey {
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly wrapped: ArrayBuffer;
}

/** A new random data key: the usable non-extractable key, and its raw bytes for wrapping (zero them after). */
export async function newDataKey(): Promise<{ key: CryptoKey; raw: Uint8Array<ArrayBuffer> }> {
  const raw = globalThis.crypto.getRandomValues(new Uint8Array(32));
  return { key: await importRawKey(raw), raw };
}

const importRawKey = (raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> => globalThis.crypto.subtle.importKey('raw', raw, AES, false, ['encrypt', 'decrypt']);

/** Encrypts a data key's raw bytes with the passphrase key. */
export async function wrapRawKey(raw: Uint8Array<ArrayBuffer>, wrappingKey: CryptoKey): Promise<WrappedKey> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const wrapped = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: WRAP_AAD }, wrappingKey, raw);
  return { iv, wrapped };
}

/** Unwraps the data key straight into a non-extractable key; rejects (GCM tag mismatch) on a wrong passphrase. */
export function unwrapDataKey(wrapped: WrappedKey, wrappingKey: CryptoKey): Promise<CryptoKey> {
  return globalThis.crypto.subtle.unwrapKey('raw', wrapped.wrapped, wrappingKey, { name: 'AES-GCM', iv: wrapped.iv, additionalData: WRAP_AAD }, AES, false, [
    'encrypt',
    'decrypt',
  ]);
}

/** The raw bytes of a wrapped key, for the OS keychain only ("remember on this device", passphrase typed). */
export async function unwrapRawKey(wrapped: WrappedKey, wrappingKey: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv: wrapped.iv, additionalData: WRAP_AAD }, wrappingKey, wrapped.wrapped));
}

/** Raw key bytes as base64 (the form main keeps in the OS keychain). */
export function rawKeyToBase64(raw: Uint8Array): string {
  let binary = '';
  for (const byte of raw) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** A remembered key (base64) as a non-extractable data key. */
export function importDataKey(base64: string): Promise<CryptoKey> {
  let raw: Uint8Array<ArrayBuffer>;
  try {
    raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error('not base64'));
  }
  if (raw.length !== 32) return Promise.reject(new Error('A remembered key must be 32 bytes.'));
  return importRawKey(raw).finally(() => raw.fill(0));
}
