import { create } from 'zustand';

/** What the chat screen shows beyond stored messages: who is typing, whether a turn is running. */
interface SessionUiState {
  readonly typingMemberId: string | null;
  readonly busy: boolean;
  /** Set after a crisis: peers wait until the user returns to the group. */
  readonly paused: boolean;
  /** The last failure's typed code (model-missing, connection-lost…), until dismissed. */
  readonly failure: string | null;
  set(patch: Partial<Omit<SessionUiState, 'set'>>): void;
}

export const useSessionUi = create<SessionUiState>((set) => ({
  typingMemberId: null,
  busy: false,
  paused: false,
  failure: null,
  set: (patch) => set(patch),
}));
