import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CARE_QUESTION_MAX } from '@shared/domain';
import { Button } from '@renderer/ui/Button';
import styles from './CareQuestions.module.css';

/** Type a question and add it to the end of the list. */
export function AddQuestionForm({ onAdd }: { readonly onAdd: (text: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const id = useId();
  return (
    <form
      className={styles.addForm}
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        // Cleared at once, so words typed while the write finishes are never wiped by it.
        setText('');
        void onAdd(text);
      }}
    >
      <label htmlFor={id} className={styles.label}>
        {t('careQuestions.addLabel')}
      </label>
      <div className={styles.addRow}>
        <input id={id} className={styles.input} value={text} maxLength={CARE_QUESTION_MAX} placeholder={t('careQuestions.addPlaceholder')} onChange={(e) => setText(e.target.value)} data-testid="care-add-input" />
        <Button variant="primary" type="submit" disabled={!text.trim()}>
          {t('careQuestions.add')}
        </Button>
      </div>
    </form>
  );
}
