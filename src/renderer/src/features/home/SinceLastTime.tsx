import { useTranslation } from 'react-i18next';
import type { Change } from './sinceLastTimeChanges';
import styles from './Home.module.css';

/** "Since you were last here": a few plain sentences, or nothing when nothing changed. */
export function SinceLastTime({ changes }: { readonly changes: readonly Change[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return null;
  const line = (c: Change): string => {
    switch (c.kind) {
      case 'new-group':
        return t('home.since.newGroup', { title: c.title });
      case 'session':
        return t('home.since.session', { title: c.title });
      case 'check-in':
        return t(`home.since.checkIn.${c.direction}`, { what: t(`home.functions.${c.function}`), score: c.score });
      case 'steps-done':
        return t('home.since.stepsDone', { count: c.count });
      case 'steps-open':
        return t('home.since.stepsOpen', { count: c.count, newest: c.newest });
    }
  };
  return (
    <section className={styles.card} aria-labelledby="since-title" data-testid="since-last-time">
      <h2 id="since-title" className={styles.sectionTitle}>
        {t('home.since.title')}
      </h2>
      <ul className={styles.changes}>
        {changes.map((c, i) => (
          <li key={`${c.kind}-${i}`}>{line(c)}</li>
        ))}
      </ul>
    </section>
  );
}
