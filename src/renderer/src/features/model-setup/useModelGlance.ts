import { useTranslation } from 'react-i18next';
import { formatTimeLeft } from '@renderer/ui/formatting';
import { setupPhase, useModelRuntime, type SetupPhase } from './useModelRuntime';

/** The model's state in a few words, for the places that show it small (the header, the group). */
export interface ModelGlance {
  readonly phase: SetupPhase;
  /** 0–100 while a download runs, else null. */
  readonly percent: number | null;
  /** "about 3 minutes left", while a download runs and the time can be told. */
  readonly timeLeft: string | null;
  /** The installed model's friendly name ("Llama 3.2 3B"), once ready. */
  readonly label: string | null;
}

/** The model's state at a glance, from the runtime store: phase, download progress and time left, friendly name. */
export function useModelGlance(): ModelGlance {
  const { t } = useTranslation();
  const runtime = useModelRuntime();
  const phase = setupPhase(runtime);
  const progress = runtime.download?.progress ?? null;
  const downloading = Boolean(runtime.download);
  const active = runtime.status?.models.find((m) => m.name === runtime.status?.activeModel);
  return {
    phase,
    percent: downloading ? Math.floor(progress?.percent ?? 0) : null,
    timeLeft: downloading && progress?.phase === 'downloading' && progress.secondsLeft !== null ? formatTimeLeft(progress.secondsLeft, t) : null,
    label: active?.label ?? null,
  };
}
