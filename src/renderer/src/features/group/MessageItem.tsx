import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, Message } from '@shared/domain';
import { AiBadge } from '@renderer/ui/AiBadge';
import { Avatar } from '@renderer/ui/Avatar';
import { Button } from '@renderer/ui/Button';
import { MessageMenu, RedirectOffer } from '../care-questions';
import { useChatWords } from './ChatWords';
import { CitationText, SourceChips } from './CitationText';
import styles from './MessageItem.module.css';

export interface MessageActions {
  openCard(memberId: string): void;
  continueReply(messageId: string): void;
  regenerate(messageId: string): void;
}

interface Props {
  readonly message: Message;
  readonly member: Member | undefined;
  readonly actions: MessageActions;
  /** Actions are offered only when no reply is being generated. */
  readonly idle: boolean;
  /** A crisis script the person said was a misread: shown quietly, with a note, not as an alarm. */
  readonly takenBack?: boolean;
}

/** One message: the user's, a member's (always with the AI badge), or a reminder from Hearth. */
export const MessageItem = memo(function MessageItem({ message, member, actions, idle, takenBack = false }: Props) {
  const { t } = useTranslation();
  const { say } = useChatWords();
  // The message's sources: each chip and its markers in the text open the same popover.
  const sourcesId = useId();
  if (message.author.kind === 'system') {
    return (
      <div className={styles.system} data-kind={message.kind}>
        <AiBadge /> <span>{message.text}</span>
      </div>
    );
  }
  if (message.author.kind === 'user') {
    return (
      <article className={`${styles.row} ${styles.mine}`} aria-label={t('group.you')}>
        <div className={styles.mineBody}>
          <div className={styles.bubble}>
            <p className={styles.text}>{message.text}</p>
          </div>
          <MessageMenu message={message} />
        </div>
      </article>
    );
  }
  if (!member) return null;
  const persona = member.persona;
  const empty = message.status === 'streaming' && !message.text;
  if (empty) return null;
  return (
    <article className={`${styles.row} ${persona.role === 'facilitator' ? styles.facilitator : ''} ${(message.kind === 'crisis-script' && !takenBack) || message.kind === 'ask' ? styles.crisis : ''} ${takenBack ? styles.takenBack : ''}`} data-status={message.status} data-kind={message.kind}>
      <Avatar avatar={persona.avatar} />
      <div className={styles.body}>
        <div className={styles.meta}>
          <button type="button" className={styles.name} onClick={() => actions.openCard(member.id)}>
            {persona.name}
          </button>
          <AiBadge />
          {persona.role === 'facilitator' ? <span className={styles.role}>{say('role.facilitator')}</span> : null}
          {message.imported ? (
            <span className={styles.role} title={t('group.importedLabel')}>
              {t('group.imported')}
            </span>
          ) : null}
        </div>
        <div className={styles.bubble}>
          <p className={styles.text}>
            <CitationText text={message.text} citations={message.citations} idBase={sourcesId} />
          </p>
          <SourceChips citations={message.citations} idBase={sourcesId} />
        </div>
        {takenBack ? <p className={styles.takenBackNote}>{say('takenBack')}</p> : null}
        {message.kind === 'medical-redirect' && message.status === 'complete' ? <RedirectOffer redirect={message} /> : null}
        {message.status === 'interrupted' || message.status === 'stopped' ? (
          <div className={styles.status}>
            <span>{t(message.status === 'interrupted' ? 'group.status.interrupted' : 'group.status.stopped')}</span>
            {idle && message.status === 'interrupted' ? (
              <Button variant="ghost" onClick={() => actions.continueReply(message.id)}>
                {t('group.status.continue')}
              </Button>
            ) : null}
            {idle ? (
              <Button variant="ghost" onClick={() => actions.regenerate(message.id)}>
                {t('group.status.regenerate')}
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
    </article>
  );
});
