import { create } from 'zustand';

/**
 * What the chat screen shows beyond stored messages: who is typing, whether a turn is running, the
 * last failure. Whether the group is paused or asking is not here: it is stored on the group.
 */
interface SessionUiState {
  readonly typingMemberId: string | null;
  readonly busy: boolean;
  /** The last failure's typed code (model-missing, connection-lost…), until dismissed. */
  readonly failure: string | null;
  set(patch: Partial<Omit<SessionUiState, 'set'>>): void;
}

export const useSessionUi = create<SessionUiState>((set) => ({
  typingMemberId: null,
  busy: false,
  failure: null,
  set: (patch) => set(patch),
}));
