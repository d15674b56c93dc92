import { useTranslation } from 'react-i18next';
import { Situation } from '@shared/domain';
import { Choice } from './Choice';
import { toggle } from './onboardingDraft';
import styles from './Onboarding.module.css';
import { StepFooter } from './StepFooter';
import { StepHeading } from './StepHeading';
import { useOnboarding } from './useOnboarding';

/** "Where are you right now?": any number of situations, or none. */
export function SituationStep() {
  const { t } = useTranslation();
  const { draft, setSituations, next, back } = useOnboarding();
  return (
    <>
      <StepHeading title={t('onboarding.situation.title')} lead={t('onboarding.situation.lead')} />
      <fieldset className={styles.fieldset}>
        <legend className="visually-hidden">{t('onboarding.situation.title')}</legend>
        <div className={styles.choices}>
          {Situation.options.map((situation) => (
            <Choice
              key={situation}
              type="checkbox"
              name="situation"
              label={t(`onboarding.situation.options.${situation}`)}
              checked={draft.situations.includes(situation)}
              onChange={() => setSituations(toggle(draft.situations, situation))}
            />
          ))}
        </div>
      </fieldset>
      {/* One way on: "Skip" until something is chosen, then "Next". */}
      <StepFooter onBack={back} {...(draft.situations.length > 0 ? { onNext: next } : { onSkip: next })} startNow />
    </>
  );
}
