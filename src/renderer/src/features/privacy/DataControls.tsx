import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import { eraseAndRestart } from './eraseAndRestart';
import styles from './Privacy.module.css';

/** Erase everything Hearth keeps on this computer, after a confirmation. */
export function DataControls() {
  const { t } = useTranslation();
  const services = useServices();
  const [confirming, setConfirming] = useState(false);
  const [erasing, setErasing] = useState(false);

  const erase = async () => {
    setErasing(true);
    await eraseAndRestart(services);
  };

  return (
    <section className={styles.section} aria-labelledby="erase-title" data-testid="data-controls">
      <h2 id="erase-title" className={styles.sectionTitle}>
        {t('privacy.data.eraseTitle')}
      </h2>
      <p className={styles.muted}>{t('privacy.data.eraseBody')}</p>
      {confirming ? (
        <div className={styles.danger} role="alertdialog" aria-labelledby="erase-all-confirm">
          <p id="erase-all-confirm">{t('privacy.data.eraseConfirm')}</p>
          <div className={styles.actions}>
            <Button variant="primary" disabled={erasing} onClick={() => void erase()} data-testid="erase-confirm">
              {erasing ? t('privacy.data.erasing') : t('privacy.data.eraseYes')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('privacy.data.cancel')}</Button>
          </div>
        </div>
      ) : (
        <div className={styles.actions}>
          <Button onClick={() => setConfirming(true)} data-testid="erase-start">
            {t('privacy.data.erase')}
          </Button>
        </div>
      )}
    </section>
  );
}
