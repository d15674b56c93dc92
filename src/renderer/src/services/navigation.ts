import { create } from 'zustand';

/** Every screen the app can show. Screens with data carry their ids. */
export type Screen =
  | { readonly name: 'welcome' }
  | { readonly name: 'onboarding' }
  | { readonly name: 'home' }
  | { readonly name: 'group'; readonly groupId: string }
  | { readonly name: 'check-in'; readonly groupId: string }
  | { readonly name: 'insights' }
  | { readonly name: 'real-support' }
  | { readonly name: 'care-questions' }
  | { readonly name: 'safety-plan' }
  | { readonly name: 'settings' }
  | { readonly name: 'model' };

interface NavigationState {
  readonly screen: Screen;
  readonly history: readonly Screen[];
  go(screen: Screen): void;
  /** Replaces the current screen without adding to history (after onboarding, after delete). */
  replace(screen: Screen): void;
  back(): void;
}

/** In-app navigation: a screen and the way back. No URLs: the renderer is one page. */
export const useNavigation = create<NavigationState>((set) => ({
  screen: { name: 'welcome' },
  history: [],
  go: (screen) => set((s) => ({ screen, history: [...s.history.slice(-20), s.screen] })),
  replace: (screen) => set({ screen }),
  back: () =>
    set((s) => {
      const previous = s.history.at(-1);
      return previous ? { screen: previous, history: s.history.slice(0, -1) } : s;
    }),
}));
