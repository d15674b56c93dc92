import { useTranslation } from 'react-i18next';
import type { PullProgress } from '@shared/contract';
import { Button } from '@renderer/ui/Button';
import { formatBytes, formatSpeed, formatTimeLeft } from '@renderer/ui/formatting';
import styles from './ModelSetup.module.css';

/** A real progress bar for a model download: percent, bytes, speed, time left, and Cancel. */
export function DownloadProgress({ label, progress, onCancel }: { readonly label: string; readonly progress: PullProgress | null; readonly onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const percent = Math.floor(progress?.percent ?? 0);
  const phaseText =
    !progress || progress.phase === 'preparing'
      ? t('model.download.preparing')
      : progress.phase === 'downloading'
        ? t('model.download.progress', {
            percent,
            done: formatBytes(progress.completedBytes, locale),
            total: formatBytes(progress.totalBytes, locale),
          })
        : t('model.download.finishing');
  const details =
    progress?.phase === 'downloading'
      ? [progress.bytesPerSecond > 0 ? formatSpeed(progress.bytesPerSecond, locale) : null, progress.secondsLeft !== null ? formatTimeLeft(progress.secondsLeft, t) : null]
          .filter(Boolean)
          .join(' · ')
      : '';
  return (
    <div className={styles.download} data-testid="download-progress">
      <p className={styles.downloadTitle} id="download-label">
        {t('model.download.title', { model: label })}
      </p>
      <progress className={styles.progress} max={100} value={percent} aria-labelledby="download-label" aria-valuetext={phaseText} data-testid="download-bar" />
      <p className={styles.downloadText} aria-live="polite">
        <span data-testid="download-percent">{phaseText}</span>
        {details ? <span className={styles.muted}> · {details}</span> : null}
      </p>
      <p className={styles.muted}>{t('model.download.keepUsing')}</p>
      <Button onClick={onCancel}>{t('model.download.cancel')}</Button>
    </div>
  );
}
