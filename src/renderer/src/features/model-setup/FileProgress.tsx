import { useTranslation } from 'react-i18next';
import type { ModelFileProgress } from '@shared/contract';
import { Button } from '@renderer/ui/Button';
import { formatBytes, formatSpeed, formatTimeLeft } from '@renderer/ui/formatting';
import styles from './ModelSetup.module.css';

/** Progress of checking and copying a model file: phase, percent, bytes, speed, time left, and Cancel. */
export function FileProgress({ title, progress, onCancel, testId }: { readonly title: string; readonly progress: ModelFileProgress | null; readonly onCancel: () => void; readonly testId: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const phase = progress?.phase ?? 'checking';
  const percent = phase === 'finishing' ? 100 : Math.floor(progress?.percent ?? 0);
  const phaseText =
    phase === 'finishing'
      ? t('modelFile.progress.finishing')
      : t(`modelFile.progress.${phase}`, { percent, done: formatBytes(progress?.completedBytes ?? 0, locale), total: formatBytes(progress?.totalBytes ?? 0, locale) });
  const details =
    progress && phase !== 'finishing'
      ? [progress.bytesPerSecond > 0 ? formatSpeed(progress.bytesPerSecond, locale) : null, progress.secondsLeft !== null && progress.secondsLeft > 0 ? formatTimeLeft(progress.secondsLeft, t) : null].filter(Boolean).join(' · ')
      : '';
  return (
    <div className={styles.download} data-testid={testId}>
      <p className={styles.downloadTitle} id={`${testId}-label`}>
        {title}
      </p>
      <progress className={styles.progress} max={100} value={phase === 'finishing' ? undefined : percent} aria-labelledby={`${testId}-label`} aria-valuetext={phaseText} />
      <p className={styles.downloadText} aria-live="polite">
        <span data-testid={`${testId}-phase`}>{phaseText}</span>
        {details ? <span className={styles.muted}> · {details}</span> : null}
      </p>
      <Button onClick={onCancel}>{t('modelFile.cancel')}</Button>
    </div>
  );
}
