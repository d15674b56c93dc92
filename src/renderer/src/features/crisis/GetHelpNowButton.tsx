import { useTranslation } from 'react-i18next';
import { Button } from '@renderer/ui/Button';
import styles from './GetHelpButton.module.css';
import { HeartIcon } from './icons';

/**
 * The "Get help now" button alone: GetHelpButton opens the panel with it, and the frame painted
 * while storage opens (before the panel can show) passes on the request until the app is there.
 */
export function GetHelpNowButton({ onPress }: { readonly onPress: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="help" className={styles.getHelp} onClick={onPress} title={t('crisis.button.hint')} data-testid="get-help-now" icon={<HeartIcon />}>
      {t('crisis.button.label')}
    </Button>
  );
}
