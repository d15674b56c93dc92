import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import { AddedNotice } from './AddedNotice';
import styles from './CareEntry.module.css';
import { useCanKeepQuestions } from './useCanKeepQuestions';

/**
 * At a session's close: one line to keep a question for the next appointment. Folded to one button
 * at first, so the facilitator's closing words keep their room; nothing is added unless the person writes one.
 */
export function CloseQuestionOffer({ groupId }: { readonly groupId: string }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const canKeep = useCanKeepQuestions();
  const [text, setText] = useState('');
  const [added, setAdded] = useState(false);
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!canKeep) return null;
  if (!open) {
    return (
      <div className={styles.close} data-testid="care-close-offer">
        <div className={styles.closeRow}>
          <Button variant="ghost" aria-expanded={false} onClick={() => setOpen(true)}>
            {t('careQuestions.entry.closeOpen')}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <form
      className={styles.close}
      aria-labelledby={`${id}-title`}
      data-testid="care-close-offer"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        void repos.careQuestions.add({ text, origin: 'close', groupId }).then(() => {
          setText('');
          setAdded(true);
        });
      }}
    >
      <h2 id={`${id}-title`} className={styles.closeTitle}>
        {t('careQuestions.entry.closeTitle')}
      </h2>
      <label htmlFor={id}>{t('careQuestions.entry.closeLabel')}</label>
      <div className={styles.closeRow}>
        <input id={id} className={styles.input} value={text} autoFocus maxLength={1000} onChange={(e) => setText(e.target.value)} />
        <Button type="submit" disabled={!text.trim()}>
          {t('careQuestions.entry.closeAdd')}
        </Button>
      </div>
      <AddedNotice state={added ? 'added' : 'idle'} />
    </form>
  );
}
