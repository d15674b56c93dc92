import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Gender, LifeStage, Setting, type GroupPreferences } from '@shared/domain';
import { SUPPORTED_LANGUAGES } from '@renderer/i18n';
import { Choice } from './Choice';
import { toggle } from './onboardingDraft';
import styles from './Onboarding.module.css';
import { StepFooter } from './StepFooter';
import { StepHeading } from './StepHeading';
import { useOnboarding } from './useOnboarding';

/** Age bands offered; "any" leaves the group to follow the condition's real spread of ages. */
export const AGE_BANDS = { any: null, '18-29': { min: 18, max: 29 }, '30-44': { min: 30, max: 44 }, '45-64': { min: 45, max: 64 }, '65+': { min: 65, max: 100 } } as const;
type AgeBand = keyof typeof AGE_BANDS;

const bandOf = (range: GroupPreferences['ageRange']): AgeBand =>
  (Object.keys(AGE_BANDS) as AgeBand[]).find((band) => {
    const r = AGE_BANDS[band];
    return r ? r.min === range?.min && r.max === range.max : !range;
  }) ?? 'any';

/** Drops a key from the preferences when the answer is "no preference". */
function withPreference<K extends keyof GroupPreferences>(prefs: GroupPreferences, key: K, value: GroupPreferences[K] | undefined): GroupPreferences {
  const next = { ...prefs };
  if (value === undefined || (Array.isArray(value) && value.length === 0) || value === '') delete next[key];
  else next[key] = value;
  return next;
}

/** "Who would you like in your group?": every part optional; nothing chosen means a group like real life. */
export function PeopleStep() {
  const { t } = useTranslation();
  const { draft, setPreferences, setLanguage, next, back } = useOnboarding();
  const prefs = draft.preferences;
  const set = <K extends keyof GroupPreferences>(key: K, value: GroupPreferences[K] | undefined) => setPreferences(withPreference(prefs, key, value));
  const backgroundId = useId();

  return (
    <>
      <StepHeading title={t('onboarding.people.title')} lead={t('onboarding.people.lead')} />
      <div className={styles.twoCols}>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t('onboarding.people.age')}</legend>
          <div className={styles.chips}>
            {(Object.keys(AGE_BANDS) as AgeBand[]).map((band) => (
              <Choice
                key={band}
                type="radio"
                name="age"
                label={t(`onboarding.people.ages.${band}`)}
                checked={bandOf(prefs.ageRange) === band}
                onChange={() => set('ageRange', AGE_BANDS[band] ?? undefined)}
              />
            ))}
          </div>
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t('onboarding.people.gender')}</legend>
          <div className={styles.chips}>
            {Gender.options.map((gender) => (
              <Choice
                key={gender}
                type="checkbox"
                name="gender"
                label={t(`onboarding.people.genders.${gender}`)}
                checked={prefs.genders?.includes(gender) ?? false}
                onChange={() => set('genders', toggle(prefs.genders ?? [], gender))}
              />
            ))}
          </div>
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t('onboarding.people.setting')}</legend>
          <div className={styles.chips}>
            {(['any', ...Setting.options] as const).map((setting) => (
              <Choice
                key={setting}
                type="radio"
                name="setting"
                label={t(`onboarding.people.settings.${setting}`)}
                checked={(prefs.setting ?? 'any') === setting}
                onChange={() => set('setting', setting === 'any' ? undefined : setting)}
              />
            ))}
          </div>
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t('onboarding.people.lifeStage')}</legend>
          <div className={styles.chips}>
            {(['any', ...LifeStage.options] as const).map((stage) => (
              <Choice
                key={stage}
                type="radio"
                name="lifeStage"
                label={t(`onboarding.people.lifeStages.${stage}`)}
                checked={(prefs.lifeStage ?? 'any') === stage}
                onChange={() => set('lifeStage', stage === 'any' ? undefined : stage)}
              />
            ))}
          </div>
        </fieldset>
      </div>
      <div className={styles.field}>
        <label className={styles.label} htmlFor={backgroundId}>
          {t('onboarding.people.background')}
        </label>
        <input
          id={backgroundId}
          className={styles.input}
          type="text"
          maxLength={120}
          value={prefs.background ?? ''}
          onChange={(e) => set('background', e.target.value.trimStart() || undefined)}
          aria-describedby={`${backgroundId}-hint`}
        />
        <p id={`${backgroundId}-hint`} className={styles.hint}>
          {t('onboarding.people.backgroundHint')}
        </p>
      </div>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('onboarding.people.language')}</legend>
        <div className={styles.chips}>
          {SUPPORTED_LANGUAGES.map((language) => (
            <Choice key={language} type="radio" name="language" label={t(`onboarding.languages.${language}`)} lang={language} checked={draft.language === language} onChange={() => setLanguage(language)} />
          ))}
        </div>
      </fieldset>
      <StepFooter onBack={back} {...(Object.keys(prefs).length > 0 ? { onNext: next } : { onSkip: next })} startNow />
    </>
  );
}
