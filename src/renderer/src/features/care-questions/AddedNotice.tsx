import { useTranslation } from 'react-i18next';
import { useNavigation } from '@renderer/services/navigation';
import styles from './CareEntry.module.css';

/**
 * The polite live region every way of adding a question answers in: empty until something is
 * added (a region present from the start is announced reliably), then the words and a link to the list.
 */
export function AddedNotice({ state }: { readonly state: 'idle' | 'added' | 'already' }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  return (
    <div role="status" className={styles.notice} data-testid="care-added">
      {state === 'idle' ? null : (
        <>
          <span>{t(state === 'added' ? 'careQuestions.entry.added' : 'careQuestions.entry.already')}</span>{' '}
          <button type="button" className={styles.link} onClick={() => go({ name: 'care-questions' })}>
            {t('careQuestions.entry.open')}
          </button>
        </>
      )}
    </div>
  );
}
