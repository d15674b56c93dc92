import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GroupFormat } from '@shared/domain';
import { useServices } from '@renderer/services/ServicesContext';
import { usePackIndex } from '@renderer/knowledge/usePackIndex';
import { Choice } from './Choice';
import { countryChoices } from '@renderer/knowledge/countries';
import { chosenFormat, countryFromLocale } from './onboardingDraft';
import styles from './Onboarding.module.css';
import { StepFooter } from './StepFooter';
import { StepHeading } from './StepHeading';
import { useOnboarding } from './useOnboarding';

/** Country (for crisis lines and real-support listings) and the kind of group. Both come pre-filled. */
export function PlaceStep() {
  const { t, i18n } = useTranslation();
  const { knowledge } = useServices();
  const { draft, setCountry, setFormat, back } = useOnboarding();
  const countryId = useId();
  const packIndex = usePackIndex();
  const countries = useMemo(
    () => countryChoices(knowledge.crisisLines, packIndex ?? [], countryFromLocale(navigator.language), i18n.language),
    [knowledge, packIndex, i18n.language],
  );
  const format = chosenFormat(draft);
  return (
    <>
      <StepHeading title={t('onboarding.place.title')} lead={t('onboarding.place.lead')} />
      <div className={styles.field}>
        <label className={styles.label} htmlFor={countryId}>
          {t('onboarding.place.country')}
        </label>
        <select id={countryId} className={styles.select} value={draft.country} onChange={(e) => setCountry(e.target.value)} aria-describedby={`${countryId}-hint`}>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
          <option value="INTL">{t('onboarding.place.elsewhere')}</option>
        </select>
        <p id={`${countryId}-hint`} className={styles.hint}>
          {t('onboarding.place.countryHint')}
        </p>
      </div>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('onboarding.place.format')}</legend>
        <div className={styles.choices}>
          {GroupFormat.options.map((option) => (
            <Choice
              key={option}
              type="radio"
              name="format"
              label={t(`onboarding.formats.${option}.name`)}
              hint={t(`onboarding.formats.${option}.hint`)}
              checked={format === option}
              onChange={() => setFormat(option)}
            />
          ))}
        </div>
      </fieldset>
      <StepFooter onBack={back} startNow />
    </>
  );
}
