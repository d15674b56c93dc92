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

/** Counts of what a quick exit or a lock did in main. */
const LockReport = z.object({
  cancelled: z.number().int().nonnegative(),
  clipboardCleared: z.boolean(),
  unloaded: z.number().int().nonnegative(),
});

/**
 * Main-process halves of privacy: quick exit and lock (window, model calls, model memory,
 * clipboard, remembered key), the OS keychain for "remember on this device", and erasing what main
 * keeps (the remembered key, caches, site data).
 */
export const privacyChannels = {
  /**
   * Quick exit: hides the window now, stops every model call, unloads the model, clears a number
   * Hearth copied, holds the remembered key until the passphrase is typed, and reloads the page
   * onto a neutral screen.
   */
  quickExit: invoke({ request: empty, result: LockReport.extend({ hidden: z.boolean() }) }),
  /** Hearth locked (idle or "Lock now"): model calls stop, the model unloads, the remembered key is held. */
  lock: invoke({ request: z.object({ reason: z.enum(['idle', 'manual']) }).strict(), result: LockReport }),
  /** The passphrase was typed: a remembered key may open Hearth at the next start again. */
  passphraseTyped: invoke({ request: empty, result: z.object({ released: z.boolean() }) }),
  /** Copies a crisis-line number; a quick exit or lock clears it if the clipboard still holds it. */
  copyNumber: invoke({ request: z.object({ text: z.string().min(1).max(64) }).strict(), result: z.object({ copied: z.literal(true) }) }),
  /** Emits each time the global quick-exit shortcut fires, so the renderer can lock. Runs until cancelled. */
  watchQuickExit: stream({ request: empty, event: z.object({ kind: z.literal('quick-exit') }), result: z.object({ ended: z.literal(true) }) }),
  keyStorage: invoke({ request: empty, result: KeyStorageInfo }),
  rememberKey: invoke({ request: z.object({ key: RememberedKey }).strict(), result: z.object({ remembered: z.literal(true) }) }),
  /** The remembered key, or null when none is remembered, it is held (after a quick exit or lock), or the OS can no longer open it. */
  recallKey: invoke({ request: empty, result: z.object({ key: RememberedKey.nullable() }) }),
  forgetKey: invoke({ request: empty, result: z.object({ forgotten: z.boolean() }) }),
  eraseLocalData: invoke({ request: z.object({ confirm: z.literal(ERASE_CONFIRMATION) }).strict(), result: z.object({ erased: z.literal(true) }) }),
};
