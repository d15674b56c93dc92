import { useTranslation } from 'react-i18next';
import styles from './AiBadge.module.css';

/** The marker every synthetic name, avatar and message carries: visible, not shouting. */
export function AiBadge({ long = false }: { readonly long?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={styles.badge} title={t('ai.badgeLong')}>
      <span aria-hidden="true">{long ? t('ai.badgeLong') : t('ai.badge')}</span>
      <span className="visually-hidden">{t('ai.badgeLong')}</span>
    </span>
  );
}
