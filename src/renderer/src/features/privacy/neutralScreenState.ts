import { create } from 'zustand';

interface NeutralScreenState {
  /** True after a quick exit without a passphrase: Hearth shows nothing of the person's groups until they choose to go on. */
  readonly shown: boolean;
  show(): void;
  dismiss(): void;
}

/** Whether the neutral screen covers the app. Memory only. */
export const useNeutralScreen = create<NeutralScreenState>((set) => ({
  shown: false,
  show: () => set({ shown: true }),
  dismiss: () => set({ shown: false }),
}));
