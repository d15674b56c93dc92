/** The random AES-256-GCM key that encrypts records, and how it is wrapped by the passphrase key. */

const AES = { name: 'AES-GCM', length: 256 } as const;
const WRAP_AAD = new TextEncoder().encode('hearth:data-key:v1');

/** A wrapped data key as stored in the keystore row. */
export interface WrappedKey {
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly wrapped: ArrayBuffer;
}

/** A new random data key. Extractable only so it can be wrapped (and, if asked, remembered by the OS). */
export function generateDataKey(): Promise<CryptoKey> {
  return globalThis.crypto.subtle.generateKey(AES, true, ['encrypt', 'decrypt']);
}

export async function wrapDataKey(dataKey: CryptoKey, wrappingKey: CryptoKey): Promise<WrappedKey> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const wrapped = await globalThis.crypto.subtle.wrapKey('raw', dataKey, wrappingKey, { name: 'AES-GCM', iv, additionalData: WRAP_AAD });
  return { iv, wrapped };
}

/** Unwraps the data key; rejects (GCM tag mismatch) when the wrapping key came from a wrong passphrase. */
export function unwrapDataKey(wrapped: WrappedKey, wrappingKey: CryptoKey): Promise<CryptoKey> {
  return globalThis.crypto.subtle.unwrapKey(
    'raw',
    wrapped.wrapped,
    wrappingKey,
    { name: 'AES-GCM', iv: wrapped.iv, additionalData: WRAP_AAD },
    AES,
    true,
    ['encrypt', 'decrypt'],
  );
}

/** The raw 32 bytes, base64: handed to the OS keychain when the user asks to be remembered on this device. */
export async function exportDataKey(dataKey: CryptoKey): Promise<string> {
  const raw = new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', dataKey));
  let binary = '';
  for (const byte of raw) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function importDataKey(base64: string): Promise<CryptoKey> {
  const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  if (raw.length !== 32) return Promise.reject(new Error('A remembered key must be 32 bytes.'));
  return globalThis.crypto.subtle.importKey('raw', raw, AES, true, ['encrypt', 'decrypt']);
}
