import type { QuickExitSignal } from './quickExitSignal';
import type { RememberedKeyStore } from './rememberedKeyStore';
import type { SensitiveClipboard } from './sensitiveClipboard';

/** What a quick exit and a lock act on in main. */
export interface PrivacyParts {
  /** Hides the window at once; false when there is none. */
  readonly hideWindow: () => boolean;
  /** Reloads the window onto Hearth's neutral start: nothing decrypted, no incognito group, no key survives in the page. */
  readonly resetWindow: () => void;
  /** Tells a running renderer (the global shortcut): it locks, ends incognito and shows the neutral screen. */
  readonly signal: QuickExitSignal;
  readonly clipboard: SensitiveClipboard;
  readonly rememberedKey: RememberedKeyStore;
  /** Every model call in flight, and the loaded model. */
  readonly model: { cancelAll(): number; unloadAll(): Promise<number> };
}

/** What one quick exit did (counts only; no text). */
export interface QuickExitReport {
  readonly hidden: boolean;
  readonly cancelled: number;
  readonly clipboardCleared: boolean;
  readonly unloaded: number;
}

/**
 * Quick exit, in main, so it works whatever state the page is in. The window goes first; then
 * every model call stops, a number Hearth copied leaves the clipboard, the remembered key is held
 * until the passphrase is typed, the page reloads onto a neutral screen (locked, where there is a
 * passphrase), and last the model is unloaded (`keep_alive: 0`), which may wait on the network.
 */
export async function runQuickExit(parts: PrivacyParts): Promise<QuickExitReport> {
  const hidden = parts.hideWindow();
  const cancelled = parts.model.cancelAll();
  const clipboardCleared = parts.clipboard.clearIfOurs();
  parts.signal.fire();
  await parts.rememberedKey.hold();
  parts.resetWindow();
  const unloaded = await parts.model.unloadAll();
  return { hidden, cancelled, clipboardCleared, unloaded };
}

/** Hearth locked (idle, or "Lock now"): the same as a quick exit, without hiding or reloading the window. */
export async function runLock(parts: PrivacyParts): Promise<Omit<QuickExitReport, 'hidden'>> {
  const cancelled = parts.model.cancelAll();
  const clipboardCleared = parts.clipboard.clearIfOurs();
  await parts.rememberedKey.hold();
  const unloaded = await parts.model.unloadAll();
  return { cancelled, clipboardCleared, unloaded };
}
