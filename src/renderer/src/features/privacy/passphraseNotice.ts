import { create } from 'zustand';

/** What the passphrase form last said. */
export type PassphraseNotice = 'saved' | 'changed' | 'removed' | 'too-short' | 'mismatch' | 'wrong-current' | 'failed';

interface NoticeState {
  readonly notice: PassphraseNotice | undefined;
  set(notice: PassphraseNotice | undefined): void;
}

/**
 * Kept outside the form: a passphrase change swaps in a new database and re-mounts the settings
 * screen, and the person must still read what happened.
 */
export const usePassphraseNotice = create<NoticeState>((set) => ({ notice: undefined, set: (notice) => set({ notice }) }));
