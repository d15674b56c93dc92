import { create } from 'zustand';
import type { HearthError, PullProgress, Recommendations, RuntimeStatus, StreamHandle } from '@shared/contract';
import { hearth } from '@renderer/hearth';

/** Where setup stands, from the person's point of view: one of these decides the single next step. */
export type SetupPhase =
  | 'checking'
  | 'not-installed'
  | 'stopped'
  | 'starting'
  | 'unreachable'
  | 'too-old'
  | 'needs-model'
  | 'downloading'
  | 'ready';

/** A download in progress. */
export interface ActiveDownload {
  readonly name: string;
  readonly progress: PullProgress | null;
  readonly handle: StreamHandle<{ name: string }>;
}

/** What went wrong last, and which action to offer again. */
export interface SetupProblem {
  readonly error: HearthError;
  /** The model the failed action was about, for "Try again" and "Download". */
  readonly model?: string;
}

interface ModelRuntimeState {
  readonly status: RuntimeStatus | null;
  readonly recommendations: Recommendations | null;
  readonly download: ActiveDownload | null;
  readonly problem: SetupProblem | null;
  /** True after the person paused a download (it resumes from where it stopped). */
  readonly paused: string | null;
  readonly starting: boolean;
  refresh(): Promise<void>;
  start(): Promise<void>;
  openDownloadPage(): Promise<void>;
  downloadModel(name: string): Promise<void>;
  cancelDownload(): Promise<void>;
  useModel(name: string): Promise<void>;
  removeModel(name: string): Promise<void>;
  dismissProblem(): void;
}

/** The model runtime as the renderer sees it: status, recommendations, download progress, actions. */
export const useModelRuntime = create<ModelRuntimeState>((set, get) => ({
  status: null,
  recommendations: null,
  download: null,
  problem: null,
  paused: null,
  starting: false,

  refresh: async () => {
    const status = await hearth().ollama.status({});
    if (!status.ok) return set({ problem: { error: status.error } });
    set({ status: status.value });
    if (status.value.state === 'running') {
      const recommendations = await hearth().ollama.recommend({});
      if (recommendations.ok) set({ recommendations: recommendations.value });
    }
  },

  start: async () => {
    set({ starting: true, problem: null });
    const result = await hearth().ollama.start({});
    set({ starting: false });
    if (!result.ok) set({ problem: { error: result.error } });
    await get().refresh();
  },

  openDownloadPage: async () => {
    const result = await hearth().ollama.openDownloadPage({});
    if (!result.ok) set({ problem: { error: result.error } });
  },

  downloadModel: async (name) => {
    if (get().download) return;
    const handle = hearth().ollama.pull({ name }, (progress) => {
      const current = get().download;
      if (current?.name === name) set({ download: { ...current, progress } });
    });
    set({ download: { name, progress: null, handle }, problem: null, paused: null });
    const result = await handle.done;
    set({ download: null });
    if (!result.ok) {
      if (result.error.code === 'cancelled') set({ paused: name });
      else set({ problem: { error: result.error, model: name } });
    }
    await get().refresh();
  },

  cancelDownload: async () => {
    await get().download?.handle.cancel();
  },

  useModel: async (name) => {
    const result = await hearth().ollama.use({ name });
    if (!result.ok) return set({ problem: { error: result.error, model: name } });
    set({ status: result.value, problem: null });
  },

  removeModel: async (name) => {
    const result = await hearth().ollama.delete({ name });
    if (!result.ok) set({ problem: { error: result.error, model: name } });
    await get().refresh();
  },

  dismissProblem: () => set({ problem: null }),
}));

/** The phase for a state: the one thing the person should do next. */
export function setupPhase(state: Pick<ModelRuntimeState, 'status' | 'download' | 'starting'>): SetupPhase {
  const { status, download, starting } = state;
  if (starting) return 'starting';
  if (!status) return 'checking';
  if (status.state !== 'running') return status.state;
  if (download && !status.activeModel) return 'downloading';
  return status.activeModel ? 'ready' : 'needs-model';
}
