import { useTranslation } from 'react-i18next';
import { ConditionStep } from './ConditionStep';
import { ModelAlongside } from './ModelAlongside';
import { ONBOARDING_STEPS } from './onboardingDraft';
import styles from './Onboarding.module.css';
import { PeopleStep } from './PeopleStep';
import { PlaceStep } from './PlaceStep';
import { SituationStep } from './SituationStep';
import { useOnboarding } from './useOnboarding';
import screenStyles from '@renderer/ui/Screen.module.css';

/** Onboarding: four short questions, the first needed, the rest skippable, model setup alongside. */
export function OnboardingScreen() {
  const { t } = useTranslation();
  const step = useOnboarding((s) => s.step);
  const index = ONBOARDING_STEPS.indexOf(step);
  return (
    <section className={`${screenStyles.stack} ${styles.screen}`} aria-labelledby="onboarding-title" data-testid="onboarding" data-step={step}>
      <p className={styles.progress}>{t('onboarding.progress', { current: index + 1, total: ONBOARDING_STEPS.length })}</p>
      {step === 'condition' ? <ConditionStep /> : step === 'situation' ? <SituationStep /> : step === 'people' ? <PeopleStep /> : <PlaceStep />}
      <ModelAlongside />
    </section>
  );
}
