import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@renderer/ui/Button';
import { DownloadProgress } from './DownloadProgress';
import { formatBytes } from '@renderer/ui/formatting';
import { ModelPicker } from './ModelPicker';
import { SaveModelButton } from './SaveModelButton';
import styles from './ModelSetup.module.css';
import { useModelRuntime, type SetupPhase } from './useModelRuntime';

/** The single next step for the current phase, with its one main button. */
export function NextStep({ phase }: { readonly phase: SetupPhase }) {
  const { t, i18n } = useTranslation();
  const runtime = useModelRuntime();
  const { status, recommendations, download } = runtime;
  const downloadLabel = download ? (recommendations?.options.find((o) => o.name === download.name)?.label ?? download.name) : '';

  const card = (title: string, body: string, actions: ReactNode, testId: string, extra?: ReactNode) => (
    <section className={styles.step} aria-labelledby="next-step-title" data-testid={testId}>
      <h2 id="next-step-title" className={styles.stepTitle}>
        {title}
      </h2>
      <p>{body}</p>
      {extra}
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </section>
  );

  switch (phase) {
    case 'checking':
      return card(t('model.steps.checking.title'), t('model.steps.checking.body'), null, 'step-checking', <progress className={styles.progress} aria-label={t('model.steps.checking.title')} />);
    case 'not-installed':
      return card(
        t('model.steps.notInstalled.title'),
        t('model.steps.notInstalled.body'),
        <>
          <Button variant="primary" onClick={() => void runtime.openDownloadPage()}>{t('model.actions.getOllama')}</Button>
          <Button onClick={() => void runtime.refresh()}>{t('model.actions.checkAgain')}</Button>
        </>,
        'step-not-installed',
        <ol className={styles.howTo}>
          <li>{t('model.steps.notInstalled.one')}</li>
          <li>{t('model.steps.notInstalled.two')}</li>
        </ol>,
      );
    case 'stopped':
      return card(t('model.steps.stopped.title'), t('model.steps.stopped.body'), <Button variant="primary" onClick={() => void runtime.start()}>{t('model.actions.start')}</Button>, 'step-stopped');
    case 'starting':
      return card(t('model.steps.starting.title'), t('model.steps.starting.body'), null, 'step-starting', <progress className={styles.progress} aria-label={t('model.steps.starting.title')} />);
    case 'unreachable':
      return card(
        t('model.steps.unreachable.title'),
        t(status && !status.hostIsLocal ? 'model.steps.unreachable.bodyRemote' : 'model.steps.unreachable.body', { host: status?.host ?? '' }),
        <Button variant="primary" onClick={() => void runtime.refresh()}>{t('model.actions.checkAgain')}</Button>,
        'step-unreachable',
      );
    case 'too-old':
      return card(
        t('model.steps.tooOld.title'),
        t('model.steps.tooOld.body', { version: status?.version ?? '', minimum: status?.minimumVersion ?? '' }),
        <>
          <Button variant="primary" onClick={() => void runtime.openDownloadPage()}>{t('model.actions.getLatest')}</Button>
          <Button onClick={() => void runtime.refresh()}>{t('model.actions.checkAgain')}</Button>
        </>,
        'step-too-old',
      );
    case 'needs-model':
      return card(
        t('model.steps.needsModel.title'),
        t('model.steps.needsModel.body'),
        null,
        'step-needs-model',
        <>
          {runtime.paused ? <p className={styles.note}>{t('model.download.paused')}</p> : null}
          {recommendations ? <ModelPicker recommendations={recommendations} disabled={Boolean(download)} onDownload={(name) => void runtime.downloadModel(name)} /> : null}
        </>,
      );
    case 'downloading':
      return card(t('model.steps.downloading.title'), t('model.steps.downloading.body'), null, 'step-downloading', download ? <DownloadProgress label={downloadLabel} progress={download.progress} onCancel={() => void runtime.cancelDownload()} /> : null);
    case 'ready':
      return card(
        t('model.steps.ready.title'),
        t('model.steps.ready.body', { model: status?.models.find((m) => m.name === status.activeModel)?.label ?? status?.activeModel ?? '' }),
        null,
        'step-ready',
        <>
          <ul className={styles.options} aria-label={t('model.ready.installedLabel')}>
            {(status?.models ?? []).map((m) => (
              <li key={m.name} className={styles.option}>
                <div className={styles.optionText}>
                  <h3 className={styles.optionName}>{m.label}</h3>
                  <p className={styles.optionMeta}>
                    <span>{m.name}</span>
                    <span>{formatBytes(m.sizeBytes, i18n.language)}</span>
                  </p>
                </div>
                <div className={styles.actions}>
                  {m.name === status?.activeModel ? (
                    <span className={styles.installed}>{t('model.ready.inUse')}</span>
                  ) : (
                    <>
                      <Button onClick={() => void runtime.useModel(m.name)}>{t('model.ready.use')}</Button>
                      <Button variant="ghost" onClick={() => void runtime.removeModel(m.name)} aria-label={t('model.ready.removeNamed', { model: m.label })}>
                        {t('model.ready.remove')}
                      </Button>
                    </>
                  )}
                  <SaveModelButton model={m} />
                </div>
              </li>
            ))}
          </ul>
          {download ? <DownloadProgress label={downloadLabel} progress={download.progress} onCancel={() => void runtime.cancelDownload()} /> : null}
          {recommendations && !download ? (
            <details className={styles.more}>
              <summary>{t('model.ready.otherModels')}</summary>
              <ModelPicker recommendations={recommendations} disabled={false} hideInstalled onDownload={(name) => void runtime.downloadModel(name)} />
            </details>
          ) : null}
        </>,
      );
  }
}
