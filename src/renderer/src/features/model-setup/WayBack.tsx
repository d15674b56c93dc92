import { useTranslation } from 'react-i18next';
import { useNavigation } from '@renderer/services/navigation';
import { useHasProfile } from '@renderer/services/useHasProfile';
import { Button } from '@renderer/ui/Button';
import styles from './ModelSetup.module.css';

/**
 * The way out of model setup. Before onboarding is finished it leads back to it (the answers given so
 * far are kept), so setting up the model is never a dead end; after, it goes back where the person was.
 */
export function WayBack({ placement }: { readonly placement: 'top' | 'bottom' }) {
  const { t } = useTranslation();
  const hasProfile = useHasProfile();
  const { go, back, history } = useNavigation();
  if (hasProfile === undefined) return null;
  if (!hasProfile) {
    return placement === 'top' ? (
      <Button variant="ghost" className={styles.back} onClick={() => go({ name: 'onboarding' })} data-testid="back-to-onboarding">
        {t('model.back.toOnboarding')}
      </Button>
    ) : (
      <div className={styles.continue}>
        <p>{t('model.back.continueBody')}</p>
        <Button variant="primary" onClick={() => go({ name: 'onboarding' })} data-testid="continue-onboarding">
          {t('model.back.continue')}
        </Button>
      </div>
    );
  }
  if (placement === 'bottom') return null;
  const previous = history.at(-1);
  return (
    <Button variant="ghost" className={styles.back} onClick={() => (previous && previous.name !== 'model' ? back() : go({ name: 'home' }))} data-testid="model-back">
      {previous?.name === 'group' ? t('model.back.toGroup') : previous && previous.name !== 'home' && previous.name !== 'model' ? t('model.back.back') : t('model.back.toHome')}
    </Button>
  );
}
