import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '@shared/domain';
import { AiBadge } from '@renderer/ui/AiBadge';
import { Avatar } from '@renderer/ui/Avatar';
import { useChatWords } from './ChatWords';
import styles from './MemberList.module.css';

/** The people in the group, each a button that opens their card. */
export function MemberList({ members, typingId, onOpen }: { readonly members: readonly Member[]; readonly typingId: string | null; readonly onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const { say } = useChatWords();
  // The list can be shown twice (beside the chat, hidden, and in the drawer), so the heading id is unique per copy.
  const titleId = useId();
  return (
    <section className={styles.panel} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        {say('membersTitle')}
      </h2>
      <ul className={styles.list}>
        {members.map((m) => (
          <li key={m.id}>
            <button type="button" className={styles.member} onClick={() => onOpen(m.id)} data-muted={m.muted}>
              <Avatar avatar={m.persona.avatar} size="s" />
              <span className={styles.text}>
                <span className={styles.name}>
                  {m.persona.name} <AiBadge />
                </span>
                <span className={styles.role}>
                  {m.muted ? t('group.card.muted') : say(`role.${m.persona.role}`)}
                  {typingId === m.id ? ' · …' : ''}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
