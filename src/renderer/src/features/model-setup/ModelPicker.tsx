import { useTranslation } from 'react-i18next';
import type { ModelOption, Recommendations } from '@shared/contract';
import { Button } from '@renderer/ui/Button';
import { formatBytes, formatMemory } from '@renderer/ui/formatting';
import styles from './ModelSetup.module.css';

interface ModelPickerProps {
  readonly recommendations: Recommendations;
  readonly disabled: boolean;
  readonly onDownload: (name: string) => void;
  /** Hide models that are already installed (the ready screen lists them separately). */
  readonly hideInstalled?: boolean;
}

/** The catalogue rated for this computer: recommended first, each with its fit and download size. */
export function ModelPicker({ recommendations, disabled, onDownload, hideInstalled }: ModelPickerProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const options = recommendations.options.filter((o) => !(hideInstalled && o.installed));
  return (
    <div>
      <p className={styles.muted} data-testid="machine-facts">
        {recommendations.freeDiskBytes === null
          ? t('model.picker.machineMemory', { memory: formatMemory(recommendations.totalMemoryBytes, locale) })
          : t('model.picker.machine', { memory: formatMemory(recommendations.totalMemoryBytes, locale), disk: formatBytes(recommendations.freeDiskBytes, locale) })}
      </p>
      <ul className={styles.options} aria-label={t('model.picker.listLabel')}>
        {options.map((option) => (
          <li key={option.name} className={option.recommended ? `${styles.option} ${styles.recommended}` : styles.option} data-testid={`model-option-${option.name}`}>
            <div className={styles.optionText}>
              <h3 className={styles.optionName}>
                {option.label}
                {option.recommended ? <span className={styles.badge}>{t('model.picker.recommended')}</span> : null}
              </h3>
              <p className={styles.optionMeta}>
                <FitLabel option={option} />
                <span>
                  {t(option.sizeConfirmed ? 'model.picker.size' : 'model.picker.sizeAbout', { size: formatBytes(option.downloadBytes, locale) })}
                </span>
              </p>
            </div>
            {option.installed ? (
              <span className={styles.installed}>{t('model.picker.installed')}</span>
            ) : (
              <Button
                variant={option.recommended ? 'primary' : 'secondary'}
                disabled={disabled || option.fit === 'wont-fit'}
                onClick={() => onDownload(option.name)}
                aria-label={t('model.picker.downloadNamed', { model: option.label, size: formatBytes(option.downloadBytes, locale) })}
              >
                {t('model.picker.download', { size: formatBytes(option.downloadBytes, locale) })}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function FitLabel({ option }: { readonly option: ModelOption }) {
  const { t } = useTranslation();
  const key = option.fit === 'fits-well' ? 'fitsWell' : option.fit === 'tight' ? 'tight' : option.limitedBy === 'disk' ? 'noDisk' : 'noMemory';
  return <span className={`${styles.fit} ${styles[option.fit === 'fits-well' ? 'fitGood' : option.fit === 'tight' ? 'fitTight' : 'fitNo']}`}>{t(`model.fit.${key}`)}</span>;
}
