import { z } from 'zod';

/**
 * PBKDF2-SHA256 at OWASP's 2023 floor (600,000 iterations). Stored with every wrapped key so a
 * later release can raise it: unlocking always uses the parameters the key was wrapped with.
 */
export const PBKDF2_ITERATIONS = 600_000;

/** How a passphrase became the key-encryption key. */
export const KdfParams = z.object({
  name: z.literal('PBKDF2'),
  hash: z.literal('SHA-256'),
  iterations: z.number().int().min(100_000).max(10_000_000),
  salt: z.instanceof(Uint8Array),
});
export type KdfParams = z.infer<typeof KdfParams>;

/** Fresh parameters with a random 16-byte salt. */
export function newKdfParams(iterations: number = PBKDF2_ITERATIONS): KdfParams {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: globalThis.crypto.getRandomValues(new Uint8Array(16)) };
}

/** Derives the AES-GCM key that wraps the data key. Non-extractable: it never leaves WebCrypto. */
export async function deriveWrappingKey(passphrase: string, params: KdfParams): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: params.hash, iterations: params.iterations, salt: params.salt },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt', 'unwrapKey'],
  );
}
