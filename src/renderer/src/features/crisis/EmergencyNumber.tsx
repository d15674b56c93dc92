import { useTranslation } from 'react-i18next';
import { CopyableNumber } from './CopyableNumber';
import styles from './CrisisPanel.module.css';
import { PhoneIcon } from './icons';
import { useOpenHelpLink } from './useOpenHelpLink';

/**
 * The emergency number. Urgent (medical emergency, overdose, harm to others) it leads the panel with
 * "Call 911 now"; otherwise it sits under the lines as "In danger right now?". Where Hearth has no
 * checked entry for the country, it says to call the local emergency number.
 */
export function EmergencyNumber({ emergency, urgent }: { readonly emergency: { readonly number: string; readonly href: string } | undefined; readonly urgent: boolean }) {
  const { t } = useTranslation();
  const { outcome, open } = useOpenHelpLink();
  if (!emergency) {
    return (
      <section className={styles.emergency} data-testid="emergency" aria-labelledby="crisis-emergency-title">
        <h3 id="crisis-emergency-title" className={styles.emergencyTitle}>
          {t('crisis.panel.emergencyTitle')}
        </h3>
        <p className={styles.emergencyBody}>{t('crisis.panel.emergencyUnknown')}</p>
      </section>
    );
  }
  return (
    <section className={styles.emergency} data-urgent={urgent} data-testid="emergency" aria-labelledby="crisis-emergency-title">
      <h3 id="crisis-emergency-title" className={styles.emergencyTitle}>
        {urgent ? t('crisis.panel.emergencyUrgentTitle', { number: emergency.number }) : t('crisis.panel.emergencyTitle')}
      </h3>
      <p className={styles.emergencyBody}>{urgent ? t('crisis.panel.emergencyUrgentBody') : t('crisis.panel.emergencyBody')}</p>
      <CopyableNumber number={emergency.number} label={t('crisis.panel.emergencyLabel')} tone="urgent" />
      <div className={styles.actions}>
        <button type="button" className={`${styles.action} ${styles.urgentAction}`} data-way="call" data-href={emergency.href} onClick={() => open(emergency.href)}>
          <PhoneIcon />
          {t('crisis.panel.call', { number: emergency.number })}
        </button>
      </div>
      <p className={styles.linkOutcome} role="status" data-testid="link-outcome">
        {outcome ? t(outcome.state === 'opening' ? 'crisis.panel.openingPhone' : 'crisis.panel.notOpenedPhone') : ''}
      </p>
    </section>
  );
}
