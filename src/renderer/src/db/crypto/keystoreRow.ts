import { z } from 'zod';
import { KdfParams } from './keyDerivation';

/** An AES-GCM sealed blob as stored (see recordCodec.ts). */
export const SealedPartSchema = z.object({ v: z.literal(1), iv: z.instanceof(Uint8Array), data: z.instanceof(ArrayBuffer) });

/** The one keystore row's id. */
export const KEYSTORE_ID = 'data-key';

/**
 * The passphrase-wrapped data key. Only this row changes when the passphrase changes; the records
 * it protects are never rewritten for that.
 */
export const KeystoreRow = z.object({
  id: z.literal(KEYSTORE_ID),
  version: z.literal(1),
  kdf: KdfParams,
  iv: z.instanceof(Uint8Array),
  wrapped: z.instanceof(ArrayBuffer),
  /** A known value sealed with the data key: checks a key remembered by the OS before it is used. */
  check: z.object({ $sealed: SealedPartSchema }),
  createdAt: z.number().int().nonnegative(),
  changedAt: z.number().int().nonnegative(),
});
export type KeystoreRow = z.infer<typeof KeystoreRow>;
