import { create } from 'zustand';
import type { ChecksumOutcome, DialogWords, HearthError, ModelFileCheck, ModelFileProgress, StreamHandle } from '@shared/contract';
import { hearth } from '@renderer/hearth';
import { useModelRuntime } from './useModelRuntime';

/** A model installed from a file, with the fingerprint to read back to whoever gave it. */
export interface InstalledFromFile {
  readonly name: string;
  readonly sha256: string;
  readonly checksum: ChecksumOutcome;
}

/** A model saved to a folder. */
export interface SavedToFile {
  readonly model: string;
  readonly folderName: string;
  readonly fileName: string;
  readonly manifestName: string;
  readonly sha256: string;
}

interface Running<T> {
  readonly progress: ModelFileProgress | null;
  readonly handle: StreamHandle<T>;
}

interface ModelFileState {
  /** The chosen file, checked and waiting for "Install". */
  readonly check: ModelFileCheck | null;
  readonly installing: Running<{ name: string }> | null;
  readonly installed: InstalledFromFile | null;
  /** The model being saved, by name. */
  readonly saving: (Running<unknown> & { readonly model: string }) | null;
  readonly saved: SavedToFile | null;
  /** What went wrong last, and with what: the install, or the model being saved. */
  readonly problem: { readonly error: HearthError; readonly about: 'install' | { readonly model: string } } | null;
  choose(words: DialogWords): Promise<void>;
  install(): Promise<void>;
  save(model: string, words: Omit<DialogWords, 'filterName'>): Promise<void>;
  cancel(): Promise<void>;
  reset(): void;
}

/** Installing a model from a file and saving one to a file: one thing at a time, each cancellable. */
export const useModelFile = create<ModelFileState>((set, get) => ({
  check: null,
  installing: null,
  installed: null,
  saving: null,
  saved: null,
  problem: null,

  choose: async (words) => {
    set({ problem: null, installed: null, saved: null });
    const result = await hearth().modelFile.choose(words);
    if (!result.ok) return set({ problem: { error: result.error, about: 'install' }, check: null });
    if (result.value.chosen) set({ check: result.value.check });
  },

  install: async () => {
    const check = get().check;
    if (!check || get().installing) return;
    const handle = hearth().modelFile.install({ token: check.token, name: check.suggestedName }, (progress) => {
      const current = get().installing;
      if (current) set({ installing: { ...current, progress } });
    });
    set({ installing: { progress: null, handle }, problem: null });
    const result = await handle.done;
    set({ installing: null });
    if (!result.ok) return set({ problem: result.error.code === 'cancelled' ? null : { error: result.error, about: 'install' } });
    set({ installed: result.value, check: null });
    await useModelRuntime.getState().refresh();
  },

  save: async (model, words) => {
    if (get().saving) return;
    set({ problem: null, saved: null, installed: null });
    const folder = await hearth().modelFile.chooseFolder(words);
    if (!folder.ok) return set({ problem: { error: folder.error, about: { model } } });
    if (!folder.value.chosen) return;
    const { token, folderName } = folder.value;
    const handle = hearth().modelFile.save({ name: model, token }, (progress) => {
      const current = get().saving;
      if (current) set({ saving: { ...current, progress } });
    });
    set({ saving: { model, progress: null, handle } });
    const result = await handle.done;
    set({ saving: null });
    if (!result.ok) return set({ problem: result.error.code === 'cancelled' ? null : { error: result.error, about: { model } } });
    set({ saved: { model, folderName, ...result.value } });
  },

  cancel: async () => {
    await (get().installing?.handle ?? get().saving?.handle)?.cancel();
  },

  reset: () => set({ check: null, installed: null, saved: null, problem: null }),
}));
