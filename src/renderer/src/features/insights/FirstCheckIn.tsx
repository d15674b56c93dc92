import { useTranslation } from 'react-i18next';
import { MEASURES, type CheckInRow } from './insightsData';
import styles from './Insights.module.css';

/**
 * One check-in is a starting point, not a trend: each answer as a short bar out of 5 with its number,
 * and a word on what the chart will show once there is a second one.
 */
export function FirstCheckIn({ row }: { readonly row: CheckInRow }) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'long' }).format(row.at);
  const answered = MEASURES.filter((m) => row.scores[m] !== undefined);
  return (
    <div className={styles.first} data-testid="first-check-in">
      <p className={styles.muted}>{t('insights.first.lead', { date })}</p>
      <ul className={styles.bars}>
        {answered.map((m) => {
          const score = row.scores[m] ?? 0;
          return (
            <li key={m} className={styles.barRow}>
              <span>{t(`insights.measures.${m}`)}</span>
              <span className={styles.barTrack} aria-hidden="true">
                <span className={styles.barFill} style={{ width: `${(score / 5) * 100}%` }} />
              </span>
              <span className={styles.barValue}>{t('insights.first.outOf', { score })}</span>
            </li>
          );
        })}
      </ul>
      <p className={styles.muted}>{t('insights.first.next')}</p>
    </div>
  );
}
