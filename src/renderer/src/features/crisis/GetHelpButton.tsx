import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { CrisisBanner } from './CrisisBanner';
import { CrisisPanelHost } from './CrisisPanelHost';
import { HeartIcon } from './icons';
import styles from './CrisisBanner.module.css';
import { useCrisisPanel } from './useCrisisPanel';

/**
 * "Get help now" for the header on every screen, with what it brings along: the crisis panel (a
 * modal dialog, so where it sits in the page does not matter) and the remembered-crisis banner,
 * which takes its own full-width row under the header's first line.
 */
export function GetHelpButton() {
  const { t } = useTranslation();
  const show = useCrisisPanel((s) => s.show);
  return (
    <>
      <Button variant="help" className={styles.getHelp} onClick={() => show()} title={t('crisis.button.hint')} data-testid="get-help-now" icon={<HeartIcon />}>
        {t('crisis.button.label')}
      </Button>
      <CrisisPanelHost />
      <CrisisBanner />
    </>
  );
}
