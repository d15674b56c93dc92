import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AiBadge } from '@renderer/ui/AiBadge';
import { HearthMotif } from '@renderer/ui/HearthMotif';
import styles from './WelcomeScreen.module.css';

/**
 * The first thing a new user sees: what Hearth is and, before anything else, that everyone in
 * the group is AI-generated. `actions` holds the way forward (onboarding's first step).
 */
export function WelcomeScreen({ actions }: { readonly actions?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className={styles.welcome} aria-labelledby="welcome-title">
      <HearthMotif />
      <h1 id="welcome-title" className={styles.title}>
        {t('welcome.title')}
      </h1>
      <p className={styles.lead}>{t('welcome.lead')}</p>
      <div className={styles.disclosure} role="note" data-testid="ai-disclosure">
        <h2 className={styles.disclosureTitle}>
          <AiBadge /> {t('welcome.disclosureTitle')}
        </h2>
        <p>{t('welcome.disclosureBody')}</p>
      </div>
      <ul className={styles.points}>
        <li>
          <h2>{t('welcome.privacyTitle')}</h2>
          <p>{t('welcome.privacyBody')}</p>
        </li>
        <li>
          <h2>{t('welcome.realPeopleTitle')}</h2>
          <p>{t('welcome.realPeopleBody')}</p>
        </li>
        <li>
          <h2>{t('welcome.crisisTitle')}</h2>
          <p>{t('welcome.crisisBody')}</p>
        </li>
      </ul>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </section>
  );
}
