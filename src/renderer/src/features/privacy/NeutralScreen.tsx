import { useTranslation } from 'react-i18next';
import { Button } from '@renderer/ui/Button';
import { GetHelpButton } from '../crisis';
import styles from './Privacy.module.css';

/**
 * What Hearth shows after a quick exit when there is no passphrase: its name and one button, nothing
 * about the person, their condition or their groups. Going on opens the home screen, never the
 * conversation that was open.
 */
export function NeutralScreen({ onContinue }: { readonly onContinue: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={styles.lockScreen} data-testid="neutral-screen">
      {/* Help stays one click away, as on the lock screen. */}
      <div className={styles.lockHelp}>
        <GetHelpButton />
      </div>
      <main className={styles.lockCard} aria-labelledby="neutral-title">
        <h1 id="neutral-title" className={styles.brand}>
          {t('app.name')}
        </h1>
        <Button variant="primary" onClick={onContinue} data-testid="neutral-continue">
          {t('privacy.neutral.continue')}
        </Button>
      </main>
    </div>
  );
}
