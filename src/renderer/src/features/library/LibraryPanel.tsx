import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import { formatBytes } from '@renderer/ui/formatting';
import { libraryActions, useLibraryUi } from './libraryImportState';
import styles from './Library.module.css';

/** The date a file was generated, in the person's words ("28 November 2026"). */
const longDate = (iso: string, locale: string): string => new Date(`${iso}T12:00:00Z`).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Adding the MedlinePlus health library: choose the file in the system's own dialog, in the person's
 * language (a USB stick works; main reads it), or download it once, with
 * progress, Cancel, and a plain reason when it fails. Shows what is installed and lets the person replace
 * or remove it. Used in Settings and, inline, where condition search finds no pack.
 */
export function LibraryPanel() {
  const { t, i18n } = useTranslation();
  const { library } = useServices();
  const actions = useMemo(() => libraryActions(library), [library]);
  const { status, progress, outcome } = useLibraryUi();
  const titleId = useId();
  const progressId = useId();
  const locale = i18n.language;
  useEffect(() => {
    if (status === undefined) void actions.refresh();
  }, [actions, status]);

  const busy = progress !== null;
  const percent = progress?.total ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : undefined;
  const progressText = !progress
    ? ''
    : progress.phase === 'downloading'
      ? progress.total
        ? t('library.progress.downloading', { done: formatBytes(progress.done, locale), total: formatBytes(progress.total, locale) })
        : t('library.progress.downloadingUnknown', { done: formatBytes(progress.done, locale) })
      : t(`library.progress.${progress.phase}`, { count: progress.topics });

  return (
    <section className={styles.panel} aria-labelledby={titleId} data-testid="library-panel">
      <h2 id={titleId} className={styles.title}>
        {t('library.title')}
      </h2>
      <p className={styles.lead}>{t('library.lead')}</p>
      {status ? (
        <p className={styles.status} data-testid="library-status">
          {t('library.status', { en: status.topics.en, es: status.topics.es, date: longDate(status.generated, locale) })}
          <br />
          <span className={styles.muted}>{t('library.attribution')}</span>
        </p>
      ) : status === null && !busy ? (
        <p className={styles.muted}>{t('library.none')}</p>
      ) : null}

      {busy ? (
        <div className={styles.progressBox} data-testid="library-progress">
          <p className={styles.progressTitle} id={progressId}>
            {t('library.progressLabel')}
          </p>
          {/* Indeterminate while the size is unknown (reading a download, saving). */}
          <progress className={styles.progress} max={100} {...(percent !== undefined && progress?.phase !== 'saving' ? { value: percent } : {})} aria-labelledby={progressId} aria-valuetext={progressText} />
          <p aria-live="polite" className={styles.progressText} data-testid="library-progress-text">
            {progressText}
          </p>
          <Button onClick={actions.cancel} data-testid="library-cancel">
            {t('library.cancel')}
          </Button>
        </div>
      ) : (
        <div className={styles.actions}>
          <div className={styles.choice}>
            <Button
              variant={status ? 'secondary' : 'primary'}
              onClick={() => void actions.chooseFile({ title: t('library.dialog.title'), buttonLabel: t('library.dialog.button'), filterName: t('library.dialog.filter') })}
              aria-describedby={`${titleId}-file`}
              data-testid="library-choose-file"
            >
              {status ? t('library.replace') : t('library.chooseFile')}
            </Button>
            <p id={`${titleId}-file`} className={styles.hint}>
              {t('library.chooseFileHint')}
            </p>
          </div>
          <div className={styles.choice}>
            <Button onClick={() => void actions.download()} aria-describedby={`${titleId}-download`} data-testid="library-download">
              {status ? t('library.redownload') : t('library.download')}
            </Button>
            <p id={`${titleId}-download`} className={styles.hint}>
              {t('library.downloadHint')} {t('library.privacy')}
            </p>
          </div>
          {status ? (
            <div className={styles.choice}>
              <Button variant="ghost" onClick={() => void actions.remove()}>
                {t('library.remove')}
              </Button>
            </div>
          ) : null}
        </div>
      )}

      <div role="status" aria-live="polite" data-testid="library-outcome">
        {outcome?.kind === 'added' ? <p className={styles.done}>{t('library.added', { en: outcome.status.topics.en, es: outcome.status.topics.es })}</p> : null}
        {outcome?.kind === 'removed' ? <p>{t('library.removed')}</p> : null}
        {outcome?.kind === 'cancelled' ? <p>{t('library.cancelled')}</p> : null}
      </div>
      {outcome?.kind === 'failed' ? (
        <p role="alert" className={styles.error} data-testid="library-error">
          {t(`library.problem.${outcome.problem}`)}
        </p>
      ) : null}
    </section>
  );
}
