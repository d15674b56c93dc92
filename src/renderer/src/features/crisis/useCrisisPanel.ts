import { create } from 'zustand';
import type { CrisisCategory } from '../../../../shared/safety/crisisTypes';
import { knownCategories } from './panelLines';

interface CrisisPanelState {
  readonly open: boolean;
  /** What was detected; empty when the person opened the panel themselves. */
  readonly categories: readonly CrisisCategory[];
  /** Set when the panel opened over a group: the way back to it, offered when the person is ready. */
  readonly returnToGroup: (() => void) | undefined;
  /** A country the person picked in the panel; it outranks the profile and the system locale until restart. */
  readonly countryOverride: string | undefined;
  /** Opens the panel. The group session passes what it detected and how to return to the group. */
  show(categories?: readonly string[], returnToGroup?: () => void): void;
  close(): void;
  chooseCountry(country: string | undefined): void;
}

/** The crisis panel's one shared state: "Get help now" opens it with no categories, the group session with what it detected. */
export const useCrisisPanel = create<CrisisPanelState>((set) => ({
  open: false,
  categories: [],
  returnToGroup: undefined,
  countryOverride: undefined,
  show: (categories = [], returnToGroup) => set({ open: true, categories: knownCategories(categories), returnToGroup }),
  close: () => set({ open: false, categories: [], returnToGroup: undefined }),
  chooseCountry: (countryOverride) => set({ countryOverride }),
}));
