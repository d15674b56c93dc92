import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import styles from './NextStepPrompt.module.css';

/** At a session's close: the user writes the one small next step they choose (or skips). */
export function NextStepPrompt({ groupId, onDone }: { readonly groupId: string; readonly onDone: () => void }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const [text, setText] = useState('');
  const id = useId();
  return (
    <form
      className={styles.prompt}
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        void repos.journal.addNextStep(groupId, text).then(onDone);
      }}
    >
      <h2 className={styles.title}>{t('group.nextStep.title')}</h2>
      <label htmlFor={id}>{t('group.nextStep.label')}</label>
      <input id={id} className={styles.input} value={text} placeholder={t('group.nextStep.placeholder')} onChange={(e) => setText(e.target.value)} autoFocus maxLength={300} />
      <div className={styles.actions}>
        <Button variant="ghost" onClick={onDone}>
          {t('group.nextStep.skip')}
        </Button>
        <Button variant="primary" type="submit" disabled={!text.trim()}>
          {t('group.nextStep.save')}
        </Button>
      </div>
    </form>
  );
}
