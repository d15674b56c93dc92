import { useTranslation } from 'react-i18next';
import { useNavigation } from '@renderer/services/navigation';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import styles from './CrisisBanner.module.css';
import { HeartIcon } from './icons';
import { useCrisisPanel } from './useCrisisPanel';
import { useCrisisState } from './useCrisisState';

/**
 * After a crisis, a quiet reminder on every screen that help is still here, across groups and
 * restarts, until the person hides it. It keeps categories only, never what was said.
 */
export function CrisisBanner() {
  const { t } = useTranslation();
  const { repos } = useServices();
  const state = useCrisisState();
  const show = useCrisisPanel((s) => s.show);
  const go = useNavigation((s) => s.go);
  if (!state?.active) return null;
  return (
    <section className={styles.banner} aria-label={t('crisis.banner.label')} data-testid="crisis-banner">
      <span className={styles.mark}>
        <HeartIcon />
      </span>
      <p className={styles.body}>{t('crisis.banner.body')}</p>
      <div className={styles.actions}>
        <Button variant="help" onClick={() => show()} data-testid="banner-get-help">
          {t('crisis.banner.getHelp')}
        </Button>
        <Button onClick={() => go({ name: 'safety-plan' })}>{t('crisis.banner.plan')}</Button>
        <Button variant="ghost" onClick={() => void repos.singletons.dismissCrisis(Date.now())} aria-label={t('crisis.banner.dismissLabel')} data-testid="dismiss-crisis-banner">
          {t('crisis.banner.dismiss')}
        </Button>
      </div>
    </section>
  );
}
