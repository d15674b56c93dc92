import { z } from 'zod';
import { invoke, stream } from '../define';

/**
 * How the OS protects a remembered key. `weak` is true where the backend is not a real keychain
 * (Linux `basic_text`, or none found): the UI then warns that remembering is close to no lock at all.
 */
export const KeyStorageInfo = z.object({
  available: z.boolean(),
  backend: z.enum(['keychain', 'dpapi', 'gnome-libsecret', 'kwallet', 'basic-text', 'unknown']),
  weak: z.boolean(),
});
export type KeyStorageInfo = z.infer<typeof KeyStorageInfo>;

/** A 256-bit data key in base64 (44 characters with padding). */
export const RememberedKey = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);

/** The literal the renderer must send to erase main's side of the user's data (no accidental erase). */
export const ERASE_CONFIRMATION = 'erase-everything';

const empty = z.object({}).strict();

/**
 * Main-process halves of privacy: hiding the window at once, the OS keychain for "remember on this
 * device", and erasing what main keeps (the remembered key, caches, site data).
 */
export const privacyChannels = {
  /** Hides Hearth's window now (quick exit). */
  quickExit: invoke({ request: empty, result: z.object({ hidden: z.boolean() }) }),
  /** Emits each time the global quick-exit shortcut fires, so the renderer can lock. Runs until cancelled. */
  watchQuickExit: stream({ request: empty, event: z.object({ kind: z.literal('quick-exit') }), result: z.object({ ended: z.literal(true) }) }),
  keyStorage: invoke({ request: empty, result: KeyStorageInfo }),
  rememberKey: invoke({ request: z.object({ key: RememberedKey }).strict(), result: z.object({ remembered: z.literal(true) }) }),
  /** The remembered key, or null when none is remembered (or the OS can no longer open it). */
  recallKey: invoke({ request: empty, result: z.object({ key: RememberedKey.nullable() }) }),
  forgetKey: invoke({ request: empty, result: z.object({ forgotten: z.boolean() }) }),
  eraseLocalData: invoke({ request: z.object({ confirm: z.literal(ERASE_CONFIRMATION) }).strict(), result: z.object({ erased: z.literal(true) }) }),
};
