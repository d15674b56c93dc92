import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Virtuoso, type VirtuosoHandle } from 'react-virtuoso';
import type { Member, Message } from '@shared/domain';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import { MessageItem, type MessageActions } from './MessageItem';
import styles from './MessageList.module.css';

const FIRST_PAGE = 60;
const PAGE = 200;

interface Props {
  readonly groupId: string;
  readonly members: readonly Member[];
  readonly actions: MessageActions;
  readonly idle: boolean;
}

/**
 * The conversation, virtualized so a 10,000-message group opens as fast as a new one: only the
 * latest page is read at first; "Show earlier messages" reads more. New messages are followed.
 */
export function MessageList({ groupId, members, actions, idle }: Props) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const [limit, setLimit] = useState(FIRST_PAGE);
  const messages = useLiveQuery(() => repos.messages.latest(groupId, limit), [groupId, limit]);
  const total = useLiveQuery(() => repos.messages.count(groupId), [groupId]) ?? 0;
  const byId = useMemo(() => new Map(members.map((m) => [m.id, m])), [members]);
  const visible = useMemo(() => (messages ?? []).filter((m) => !(m.status === 'streaming' && !m.text)), [messages]);
  const takenBack = useMemo(() => takenBackScripts(visible), [visible]);
  const hasEarlier = total > (messages?.length ?? 0);
  const lastIndex = visible.length - 1;
  const { wrapper, virtuoso, onAtBottom } = useStayAtBottom(lastIndex);

  return (
    <div className={styles.list} data-testid="message-list" ref={wrapper}>
      {messages ? (
        <Virtuoso<Message>
          ref={virtuoso}
          atBottomStateChange={onAtBottom}
          data={visible}
          alignToBottom
          atBottomThreshold={240}
          followOutput={(atBottom) => (atBottom ? 'smooth' : false)}
          initialTopMostItemIndex={Math.max(0, visible.length - 1)}
          computeItemKey={(_i, m) => m.id}
          increaseViewportBy={{ top: 400, bottom: 200 }}
          components={{
            Header: () =>
              hasEarlier ? (
                <div className={styles.earlier}>
                  <Button variant="ghost" onClick={() => setLimit((l) => l + PAGE)}>
                    {t('group.earlier')}
                  </Button>
                </div>
              ) : (
                <div className={styles.spacer} />
              ),
            Footer: () => <div className={styles.spacer} />,
          }}
          itemContent={(_index, message) => {
            const member = message.author.kind === 'member' ? byId.get(message.author.memberId) : undefined;
            return <MessageItem message={message} member={member} actions={actions} idle={idle} takenBack={takenBack.has(message.id)} />;
          }}
        />
      ) : null}
      <Announcer messages={visible} members={byId} />
    </div>
  );
}

/**
 * Keeps the newest message in view when the list gets shorter (the facilitator's question opens its
 * answer strip below the list, the composer grows): someone reading the end keeps reading the end.
 */
function useStayAtBottom(lastIndex: number) {
  const wrapper = useRef<HTMLDivElement>(null);
  const virtuoso = useRef<VirtuosoHandle>(null);
  const atBottom = useRef(true);
  const last = useRef(lastIndex);
  useEffect(() => {
    last.current = lastIndex;
  }, [lastIndex]);
  useEffect(() => {
    const element = wrapper.current;
    if (!element) return undefined;
    let height = element.clientHeight;
    const observer = new ResizeObserver(() => {
      const next = element.clientHeight;
      if (next < height && atBottom.current && last.current >= 0) virtuoso.current?.scrollToIndex({ index: last.current, align: 'end' });
      height = next;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const onAtBottom = (bottom: boolean): void => {
    atBottom.current = bottom;
  };
  return { wrapper, virtuoso, onAtBottom };
}

/**
 * Crisis scripts the person took back ("That's not what I meant"): the script answering a message
 * marked as misread. They stay in the history, but no longer look like an alarm.
 */
export function takenBackScripts(messages: readonly Message[]): ReadonlySet<string> {
  const ids = new Set<string>();
  let lastUserMisread = false;
  for (const m of messages) {
    if (m.author.kind === 'user') lastUserMisread = m.safety?.misread === true;
    else if (m.kind === 'crisis-script' && lastUserMisread) ids.add(m.id);
  }
  return ids;
}

/** Tells screen readers about each finished message from the group (a polite live region). */
function Announcer({ messages, members }: { readonly messages: readonly Message[]; readonly members: ReadonlyMap<string, Member> }) {
  const { t } = useTranslation();
  const last = [...messages].reverse().find((m) => m.author.kind !== 'user' && m.status !== 'streaming');
  const name = last?.author.kind === 'member' ? members.get(last.author.memberId)?.persona.name : t('app.name');
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {last ? t('group.announce', { name, text: last.text.replace(/\s?\[\d+(?:,\s*\d+)*\]/g, '') }) : ''}
    </div>
  );
}
