import { useTranslation } from 'react-i18next';
import type { ModelFileCheck } from '@shared/contract';
import { Button } from '@renderer/ui/Button';
import { FileProgress } from './FileProgress';
import { Fingerprint } from './Fingerprint';
import { formatBytes } from '@renderer/ui/formatting';
import styles from './ModelFile.module.css';
import { ModelFileProblem } from './ModelFileProblem';
import setupStyles from './ModelSetup.module.css';
import { useModelFile } from './useModelFile';

type Mark = 'good' | 'caution' | 'bad';

function CheckLine({ mark, children }: { readonly mark: Mark; readonly children: string }) {
  const { t } = useTranslation();
  return (
    <li className={styles.check}>
      <span className={`${styles.mark} ${styles[mark]}`} aria-hidden="true">
        {mark === 'good' ? '✓' : mark === 'caution' ? '!' : '✕'}
      </span>
      <span>
        <span className="visually-hidden">{t(`modelFile.marks.${mark}`)} </span>
        {children}
      </span>
    </li>
  );
}

/** What Hearth found in the chosen file, in plain words, before anything is copied. */
function CheckList({ check }: { readonly check: ModelFileCheck }) {
  const { t } = useTranslation();
  const { header } = check;
  const what = [header.architecture, header.quantization].filter(Boolean).join(' · ');
  return (
    <ul className={styles.checks} aria-label={t('modelFile.checksLabel')}>
      <CheckLine mark="good">{t('modelFile.check.isModel', { what: what || 'GGUF' })}</CheckLine>
      {check.fit === 'fits-well' ? <CheckLine mark="good">{t('modelFile.check.fitsWell')}</CheckLine> : null}
      {check.fit === 'tight' ? <CheckLine mark="caution">{t('modelFile.check.tight')}</CheckLine> : null}
      {check.fit === 'wont-fit' ? <CheckLine mark="bad">{t(check.limitedBy === 'disk' ? 'modelFile.check.noDisk' : 'modelFile.check.tooBig')}</CheckLine> : null}
      {check.manifest ? (
        <CheckLine mark="good">{t('modelFile.check.manifest', { label: check.manifest.label })}</CheckLine>
      ) : (
        <CheckLine mark="caution">{t('modelFile.check.noManifest')}</CheckLine>
      )}
      {check.ollamaTooOld ? <CheckLine mark="bad">{t('modelFile.check.ollamaTooOld')}</CheckLine> : null}
    </ul>
  );
}

/** "I have the model file": choose a GGUF file (from a USB stick), see what Hearth checked, install it with progress. */
export function ModelFromFile() {
  const { t, i18n } = useTranslation();
  const { check, installing, installed, problem, saving, choose, install, cancel, reset } = useModelFile();
  const words = { title: t('modelFile.dialog.title'), buttonLabel: t('modelFile.dialog.button'), filterName: t('modelFile.dialog.filter') };
  const blocked = check ? check.fit === 'wont-fit' || check.ollamaTooOld : true;

  return (
    <section className={styles.panel} aria-labelledby="model-from-file-title" data-testid="model-from-file">
      <h2 id="model-from-file-title" className={styles.panelTitle}>
        {t('modelFile.title')}
      </h2>
      <p>{t('modelFile.lead')}</p>
      {problem?.about === 'install' ? <ModelFileProblem error={problem.error} /> : null}
      {installing ? (
        <FileProgress title={t('modelFile.installingTitle', { file: check?.fileName ?? '' })} progress={installing.progress} onCancel={() => void cancel()} testId="model-file-progress" />
      ) : check ? (
        <div data-testid="model-file-check">
          <p className={styles.fileName}>
            {check.fileName} · {formatBytes(check.sizeBytes, i18n.language)}
          </p>
          <CheckList check={check} />
          <div className={setupStyles.actions}>
            <Button variant="primary" disabled={blocked} onClick={() => void install()}>
              {t('modelFile.install')}
            </Button>
            <Button onClick={() => void choose(words)}>{t('modelFile.chooseAnother')}</Button>
          </div>
        </div>
      ) : installed ? (
        <div role="status" data-testid="model-file-installed">
          <p>{t(`modelFile.installed.${installed.checksum}`)}</p>
          <Fingerprint sha256={installed.sha256} />
          <Button onClick={reset}>{t('modelFile.done')}</Button>
        </div>
      ) : (
        <Button onClick={() => void choose(words)} disabled={Boolean(saving)}>
          {t('modelFile.choose')}
        </Button>
      )}
    </section>
  );
}
