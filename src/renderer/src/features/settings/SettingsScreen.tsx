import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppSettings, Language } from '@shared/domain';
import { useServices } from '@renderer/services/ServicesContext';
import { languageFromLocale, SUPPORTED_LANGUAGES } from '@renderer/i18n';
import { LibraryPanel } from '../library';
import { PrivacySettings } from '../privacy';
import { ModelSettings } from './ModelSettings';
import { OptionGroup } from './OptionGroup';
import { ShareOffline } from './ShareOffline';
import styles from './Settings.module.css';
import screenStyles from '@renderer/ui/Screen.module.css';

const TEXT_SIZES = [100, 125, 150, 175, 200] as const;

/** Settings: appearance, language, notifications, and the AI model and where it runs. Changes apply at once. */
export function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const saved = useLiveQuery(() => repos.singletons.settings(), [repos]);
  // Choices show at once; the database write and the live query catch up a moment later.
  const [pending, setPending] = useState<Partial<AppSettings>>({});
  if (!saved) return null;
  const settings: AppSettings = { ...saved, ...pending };
  const update = (changes: Partial<AppSettings>) => {
    setPending((p) => ({ ...p, ...changes }));
    void repos.singletons.updateSettings(changes);
  };

  const setLanguage = async (language: Language) => {
    update({ language });
    // The peers speak the person's language too, so the profile follows the interface.
    const profile = await repos.singletons.profile();
    if (profile && profile.language !== language) await repos.singletons.saveProfile({ ...profile, language });
  };

  return (
    <div className={`${screenStyles.stack} ${styles.screen}`} data-testid="settings">
      <h1 className={styles.title}>{t('settings.title')}</h1>

      <section className={styles.section} aria-labelledby="appearance-title">
        <h2 id="appearance-title" className={styles.sectionTitle}>
          {t('settings.appearance')}
        </h2>
        <OptionGroup
          legend={t('settings.theme.label')}
          name="theme"
          value={settings.theme}
          options={(['system', 'light', 'dark'] as const).map((v) => ({ value: v, label: t(`settings.theme.${v}`) }))}
          onChange={(theme) => update({ theme })}
        />
        <OptionGroup
          legend={t('settings.textSize.label')}
          name="textSize"
          value={settings.textSize}
          options={TEXT_SIZES.map((v) => ({ value: v, label: t('settings.textSize.percent', { value: v }) }))}
          onChange={(textSize) => update({ textSize })}
          hint={t('settings.textSize.hint')}
        />
        <OptionGroup
          legend={t('settings.motion.label')}
          name="motion"
          value={settings.reducedMotion}
          options={(['system', 'reduce', 'allow'] as const).map((v) => ({ value: v, label: t(`settings.motion.${v}`) }))}
          onChange={(reducedMotion) => update({ reducedMotion })}
        />
      </section>

      <section className={styles.section} aria-labelledby="language-title">
        <h2 id="language-title" className={styles.sectionTitle}>
          {t('settings.language.title')}
        </h2>
        <OptionGroup
          legend={t('settings.language.label')}
          name="language"
          value={settings.language ?? languageFromLocale(i18n.language)}
          options={SUPPORTED_LANGUAGES.map((v) => ({ value: v, label: t(`settings.language.${v}`), lang: v }))}
          onChange={(language) => void setLanguage(language)}
          hint={t('settings.language.hint')}
        />
      </section>

      <section className={styles.section} aria-labelledby="notifications-title">
        <h2 id="notifications-title" className={styles.sectionTitle}>
          {t('settings.notifications.title')}
        </h2>
        <OptionGroup
          legend={t('settings.notifications.label')}
          name="notifications"
          value={settings.notifications ? 'on' : 'off'}
          options={(['off', 'on'] as const).map((v) => ({ value: v, label: t(`settings.notifications.${v}`) }))}
          onChange={(v) => update({ notifications: v === 'on' })}
          hint={t('settings.notifications.hint')}
        />
      </section>

      <ModelSettings />

      <div className={styles.section}>
        <LibraryPanel />
      </div>

      <PrivacySettings />

      <ShareOffline />
    </div>
  );
}
