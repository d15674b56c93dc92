import { create } from 'zustand';
import { useNavigation } from '@renderer/services/navigation';

/** What the passphrase form last said. */
export type PassphraseNotice = 'saved' | 'changed' | 'removed' | 'too-short' | 'mismatch' | 'wrong-current' | 'failed';

interface NoticeState {
  readonly notice: PassphraseNotice | undefined;
  set(notice: PassphraseNotice | undefined): void;
}

/**
 * Kept outside the form: a passphrase change swaps in a new database and re-mounts the settings
 * screen, and the person must still read what happened. Leaving settings clears it.
 */
export const usePassphraseNotice = create<NoticeState>((set) => ({ notice: undefined, set: (notice) => set({ notice }) }));

useNavigation.subscribe((state) => {
  if (state.screen.name !== 'settings' && usePassphraseNotice.getState().notice !== undefined) usePassphraseNotice.getState().set(undefined);
});
