import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '@shared/domain';
import { Button } from '@renderer/ui/Button';
import { useChatWords } from './ChatWords';
import styles from './MembersDrawer.module.css';
import { MemberList } from './MemberList';

interface Props {
  readonly members: readonly Member[];
  readonly typingId: string | null;
  onOpen(id: string): void;
  onClose(): void;
}

/**
 * The people in the group as a drawer, for windows too narrow for their text to keep the list beside
 * the chat. A modal dialog: focus moves inside, Escape or Close shuts it, the opener gets focus back.
 */
export function MembersDrawer({ members, typingId, onOpen, onClose }: Props) {
  const { t } = useTranslation();
  const { say } = useChatWords();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    // Escape closes natively; onClose runs once the dialog is shut, when the page is no longer inert and
    // focus can go back to the opener. A close that arrives after unmounting belongs to an old drawer.
    <dialog ref={ref} className={styles.drawer} aria-label={say('membersTitle')} onClose={(e) => e.currentTarget.isConnected && onClose()} data-testid="members-drawer">
      <div className={styles.close}>
        <Button variant="secondary" onClick={() => ref.current?.close()}>
          {t('group.card.close')}
        </Button>
      </div>
      <MemberList members={members} typingId={typingId} onOpen={onOpen} />
    </dialog>
  );
}
