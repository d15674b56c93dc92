import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '@renderer/services/navigation';
import styles from './ModelStatusChip.module.css';
import { useModelGlance } from './useModelGlance';
import { useModelRuntime } from './useModelRuntime';

/**
 * The model's state, always in the header: ready, getting ready, or downloading with its progress
 * and time left. It opens model setup. Its first render asks main for the status, so every screen
 * (settings after a restart included) knows whether the model is ready.
 */
export function ModelStatusChip() {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const { phase, percent, timeLeft } = useModelGlance();

  useEffect(() => {
    if (!useModelRuntime.getState().status) void useModelRuntime.getState().refresh();
  }, []);

  const text =
    percent !== null
      ? timeLeft
        ? t('model.chip.downloadingLeft', { percent, left: timeLeft })
        : t('model.chip.downloading', { percent })
      : phase === 'ready'
        ? t('model.chip.ready')
        : phase === 'starting'
          ? t('model.chip.starting')
          : phase === 'checking'
            ? t('model.chip.checking')
            : t('model.chip.setup');
  // A header folded to one row (narrow window or large text) shows the short word for "ready": a dot alone said it by colour only.
  const short = percent === null && phase === 'ready' ? t('model.chip.readyShort') : null;
  const tone = phase === 'ready' && percent === null ? styles.good : phase === 'checking' || phase === 'starting' || percent !== null ? styles.wait : styles.todo;
  return (
    <button type="button" className={styles.chip} onClick={() => go({ name: 'model' })} data-testid="model-status-chip" data-phase={phase} data-short={short === null ? undefined : ''} aria-label={t('model.chip.label', { status: text })}>
      <span className={`${styles.dot} ${tone}`} aria-hidden="true" />
      <span className={styles.text}>{text}</span>
      {short === null ? null : <span className={styles.shortText}>{short}</span>}
      {percent !== null ? <span className={styles.bar} aria-hidden="true" style={{ ['--percent' as string]: `${percent}%` }} data-testid="model-chip-bar" /> : null}
    </button>
  );
}
