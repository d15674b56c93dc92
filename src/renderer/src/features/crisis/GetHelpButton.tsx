import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { CrisisPanelHost } from './CrisisPanelHost';
import styles from './GetHelpButton.module.css';
import { HeartIcon } from './icons';
import { useCrisisPanel } from './useCrisisPanel';

/**
 * "Get help now" for the header on every screen, with the crisis panel it opens. The panel is a
 * modal dialog in the browser's top layer, so where the button sits in the page does not matter.
 */
export function GetHelpButton() {
  return (
    <>
      <GetHelpNowButton />
      <CrisisPanelHost />
    </>
  );
}

/**
 * The button alone, for the frame painted while storage opens (the panel needs the app's services):
 * a press then is kept in the panel's shared state, and the panel opens the moment the app is there.
 */
export function GetHelpNowButton() {
  const { t } = useTranslation();
  const show = useCrisisPanel((s) => s.show);
  return (
    <Button variant="help" className={styles.getHelp} onClick={() => show()} title={t('crisis.button.hint')} data-testid="get-help-now" icon={<HeartIcon />}>
      {t('crisis.button.label')}
    </Button>
  );
}
