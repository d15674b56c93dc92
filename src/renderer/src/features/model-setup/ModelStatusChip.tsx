import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation';
import styles from './ModelStatusChip.module.css';
import { setupPhase, useModelRuntime } from './useModelRuntime';

/** A small header chip: is the AI model ready? Opens the setup screen. */
export function ModelStatusChip() {
  const { t } = useTranslation();
  const runtime = useModelRuntime();
  const go = useNavigation((s) => s.go);
  const phase = setupPhase(runtime);

  useEffect(() => {
    if (!useModelRuntime.getState().status) void useModelRuntime.getState().refresh();
  }, []);

  const percent = Math.floor(runtime.download?.progress?.percent ?? 0);
  const text =
    phase === 'ready'
      ? t('model.chip.ready')
      : phase === 'downloading' || runtime.download
        ? t('model.chip.downloading', { percent })
        : phase === 'starting'
          ? t('model.chip.starting')
          : phase === 'checking'
            ? t('model.chip.checking')
          : t('model.chip.setup');
  const tone = phase === 'ready' ? styles.good : phase === 'checking' || phase === 'starting' || phase === 'downloading' ? styles.wait : styles.todo;
  return (
    <button type="button" className={styles.chip} onClick={() => go({ name: 'model' })} data-testid="model-status-chip" data-phase={phase}>
      <span className={`${styles.dot} ${tone}`} aria-hidden="true" />
      {text}
    </button>
  );
}
