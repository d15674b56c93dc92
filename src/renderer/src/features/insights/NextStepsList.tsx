import { useTranslation } from 'react-i18next';
import type { NextStep } from '@shared/domain';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import styles from './Insights.module.css';

/** The next steps the person chose, newest first, each with "Did it" / "Not doing it" / "Reopen". */
export function NextStepsList({ steps, groupTitle }: { readonly steps: readonly NextStep[]; readonly groupTitle: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  if (steps.length === 0) return <p className={styles.muted}>{t('insights.steps.none')}</p>;
  return (
    <ul className={styles.steps}>
      {steps.map((s) => (
        <li key={s.id} className={styles.step} data-status={s.status}>
          <div className={styles.stepText}>
            <span className={styles.stepStatus}>{t(`insights.steps.status.${s.status}`)}</span>
            <span>{s.text}</span>
            <span className={styles.muted}>
              {groupTitle(s.groupId)} · {date.format(s.createdAt)}
            </span>
          </div>
          <div className={styles.stepActions}>
            {s.status === 'open' ? (
              <>
                <Button variant="primary" onClick={() => void repos.journal.setNextStepStatus(s.id, 'done')} aria-label={t('insights.steps.doneNamed', { step: s.text })}>
                  {t('insights.steps.done')}
                </Button>
                <Button variant="ghost" onClick={() => void repos.journal.setNextStepStatus(s.id, 'dropped')} aria-label={t('insights.steps.dropNamed', { step: s.text })}>
                  {t('insights.steps.drop')}
                </Button>
              </>
            ) : (
              <Button variant="ghost" onClick={() => void repos.journal.setNextStepStatus(s.id, 'open')} aria-label={t('insights.steps.reopenNamed', { step: s.text })}>
                {t('insights.steps.reopen')}
              </Button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
