import { z } from 'zod';
import { KdfParams } from './keyDerivation';

/** An AES-GCM sealed blob as stored (see recordCodec.ts). */
export const SealedPartSchema = z.object({ v: z.union([z.literal(1), z.literal(2)]), iv: z.instanceof(Uint8Array), data: z.instanceof(ArrayBuffer) });

/** The one keystore row's id. */
export const KEYSTORE_ID = 'data-key';

const common = {
  id: z.literal(KEYSTORE_ID),
  kdf: KdfParams,
  iv: z.instanceof(Uint8Array),
  wrapped: z.instanceof(ArrayBuffer),
  /** A known value sealed with the data key: checks a key remembered by the OS before it is used. */
  check: z.object({ $sealed: SealedPartSchema }),
};

/**
 * The passphrase-wrapped data key of one database generation. Version 2 keeps no timestamps and
 * belongs to a database whose records were all sealed with v2 (padded, readable fields authenticated).
 * Version 1 is the first release's row: its database is moved into a fresh v2 one at the first unlock.
 */
export const KeystoreRow = z.discriminatedUnion('version', [
  z.object({ ...common, version: z.literal(2) }),
  z.object({ ...common, version: z.literal(1), createdAt: z.number().int().nonnegative(), changedAt: z.number().int().nonnegative() }),
]);
export type KeystoreRow = z.infer<typeof KeystoreRow>;
