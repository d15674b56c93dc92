import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '@shared/domain';
import { useServices } from '@renderer/services/ServicesContext';
import { AddedNotice } from './AddedNotice';
import styles from './CareEntry.module.css';
import { canAddFromMenu } from './redirectedQuestion';
import { useCanKeepQuestions } from './useCanKeepQuestions';

/**
 * The small menu under each of the person's own messages ("⋯"): for now one action, Add to my
 * questions. It opens in place (a disclosure), so it is never clipped by the scrolling list.
 */
export function MessageMenu({ message }: { readonly message: Message }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const canKeep = useCanKeepQuestions();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<'idle' | 'added' | 'already'>('idle');
  const toggle = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  if (!canKeep || !canAddFromMenu(message)) return null;

  const add = async () => {
    const existed = (await repos.careQuestions.list()).some((q) => q.status === 'open' && q.sourceMessageId === message.id);
    await repos.careQuestions.add({ text: message.text, origin: 'message', groupId: message.groupId, sourceMessageId: message.id });
    setState(existed ? 'already' : 'added');
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div className={styles.menu}>
      <button
        ref={toggle}
        type="button"
        className={styles.more}
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('careQuestions.entry.menu')}
        title={t('careQuestions.entry.menu')}
        onClick={() => setOpen((o) => !o)}
        data-testid="message-menu"
      >
        <span aria-hidden="true">⋯</span>
      </button>
      <div id={menuId} hidden={!open} className={styles.menuItems}>
        <button
          type="button"
          className={styles.menuItem}
          onClick={() => void add()}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setOpen(false);
              toggle.current?.focus();
            }
          }}
        >
          {t('careQuestions.entry.fromMenu')}
        </button>
      </div>
      <AddedNotice state={state} />
    </div>
  );
}
