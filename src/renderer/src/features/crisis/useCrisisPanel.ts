import { create } from 'zustand';
import type { CrisisCategory } from '@shared/safety/crisisTypes';
import { knownCrisisCategories } from '@shared/safety/crisisTypes';

/** What the group offers when it opened the panel. */
export interface GroupWays {
  /** The way back to the group, offered when the person is ready. */
  readonly returnToGroup?: () => void;
  /** "That's not what I meant": back to the group after one confirmation. */
  readonly misread?: () => void;
}

interface CrisisPanelState {
  readonly open: boolean;
  /** What was detected; empty when the person opened the panel themselves. */
  readonly categories: readonly CrisisCategory[];
  /** Set when the panel opened over a group. */
  readonly group: GroupWays;
  /** A country the person picked in the panel; it outranks the profile and the system locale until restart. */
  readonly countryOverride: string | undefined;
  /** Opens the panel. The group passes what it detected and its ways back. */
  show(categories?: readonly string[], group?: GroupWays): void;
  close(): void;
  chooseCountry(country: string | undefined): void;
}

/** The crisis panel's one shared state: "Get help now" opens it with no categories, the group session with what it detected. */
export const useCrisisPanel = create<CrisisPanelState>((set) => ({
  open: false,
  categories: [],
  group: {},
  countryOverride: undefined,
  show: (categories = [], group = {}) => set({ open: true, categories: knownCrisisCategories(categories), group }),
  close: () => set({ open: false, categories: [], group: {} }),
  chooseCountry: (countryOverride) => set({ countryOverride }),
}));
