import { useTranslation } from 'react-i18next';
import { DataControls } from './DataControls';
import { ExportImport } from './ExportImport';
import { PassphraseSettings } from './PassphraseSettings';
import styles from './Privacy.module.css';

/** Everything about privacy in one place, for the settings screen. */
export function PrivacySettings() {
  const { t } = useTranslation();
  return (
    <>
      <h2 className={styles.title}>{t('privacy.settings.title')}</h2>
      <PassphraseSettings />
      <ExportImport />
      <DataControls />
    </>
  );
}
