import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { CareQuestion } from '@shared/domain';
import styles from './CareQuestionsPrint.module.css';
import { writeLinesFor } from './printSpace';

/**
 * The page that prints: the title, the date, open questions with lines to write on, asked ones with
 * their notes; nothing else. It sits beside the app's root (a portal) so print CSS can hide the rest
 * of the app while this screen is open; on screen it is never shown.
 */
export function PrintSheet({ questions, date }: { readonly questions: readonly CareQuestion[]; readonly date: string }) {
  const { t } = useTranslation();
  const open = questions.filter((q) => q.status === 'open');
  const asked = questions.filter((q) => q.status === 'asked');
  const lines = writeLinesFor(open.length);
  return createPortal(
    <div className={styles.sheet} data-testid="care-print-sheet">
      <h1 className={styles.title}>{t('careQuestions.title')}</h1>
      <p className={styles.date}>{t('careQuestions.printDate', { date })}</p>
      <h2 className={styles.heading}>{t('careQuestions.openTitle')}</h2>
      {open.length ? (
        <ol className={styles.open}>
          {open.map((q) => (
            <li key={q.id} className={styles.question}>
              <p className={styles.text}>{q.text}</p>
              {Array.from({ length: lines }, (_, i) => (
                <div key={i} className={styles.rule} />
              ))}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('careQuestions.printNone')}</p>
      )}
      {asked.length ? (
        <>
          <h2 className={styles.heading}>{t('careQuestions.askedTitle')}</h2>
          <ul className={styles.asked}>
            {asked.map((q) => (
              <li key={q.id} className={styles.question}>
                <p className={styles.text}>{q.text}</p>
                {q.answerNote ? (
                  <p className={styles.note}>
                    {t('careQuestions.answerLabel')}: {q.answerNote}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>,
    document.body,
  );
}
