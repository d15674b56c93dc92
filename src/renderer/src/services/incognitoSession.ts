import { create } from 'zustand';
import type { Screen } from './navigation';
import type { KeyHolder } from '../db/crypto/keyHolder';
import type { IncognitoSpace } from './incognito';

interface ActiveIncognito {
  readonly space: IncognitoSpace;
  readonly groupId: string;
  /** The screen it was opened over: navigating anywhere else closes it. */
  readonly openedOn: Screen;
}

interface IncognitoState {
  readonly active: ActiveIncognito | null;
  /** Shows an incognito group; it ends (and is gone) when Hearth locks or the user leaves it. */
  start(space: IncognitoSpace, groupId: string, holder: KeyHolder, openedOn: Screen): void;
  end(): void;
}

let stopWatchingLock: (() => void) | undefined;

/** The one incognito group, if any. Memory only: nothing here outlives the page. */
export const useIncognito = create<IncognitoState>((set, get) => ({
  active: null,
  start: (space, groupId, holder, openedOn) => {
    get().end();
    stopWatchingLock = holder.subscribe((state) => {
      if (state.kind === 'locked') get().end();
    });
    set({ active: { space, groupId, openedOn } });
  },
  end: () => {
    stopWatchingLock?.();
    stopWatchingLock = undefined;
    get().active?.space.close();
    set({ active: null });
  },
}));
