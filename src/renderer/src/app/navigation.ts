import { create } from 'zustand';

/** Every screen the app can show. Screens with data carry their ids. */
export type Screen =
  | { readonly name: 'welcome' }
  | { readonly name: 'home' }
  | { readonly name: 'model' }
  | { readonly name: 'settings' };

interface NavigationState {
  readonly screen: Screen;
  readonly history: readonly Screen[];
  go(screen: Screen): void;
  back(): void;
}

/** In-app navigation: a screen and the way back. No URLs: the renderer is one page. */
export const useNavigation = create<NavigationState>((set) => ({
  screen: { name: 'welcome' },
  history: [],
  go: (screen) => set((s) => ({ screen, history: [...s.history.slice(-20), s.screen] })),
  back: () =>
    set((s) => {
      const previous = s.history.at(-1);
      return previous ? { screen: previous, history: s.history.slice(0, -1) } : s;
    }),
}));
