import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionTopic } from '@shared/domain';
import { useNavigation } from '@renderer/services/navigation';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import { CloseQuestionOffer } from '../care-questions';
import { chatWords, ChatWordsProvider } from './ChatWords';
import { useModelRuntime } from '../model-setup';
import { Composer } from './Composer';
import { createGroup } from '@renderer/services/createGroup';
import styles from './GroupScreen.module.css';
import { MemberCard } from './MemberCard';
import { MemberList } from './MemberList';
import { MembersDrawer } from './MembersDrawer';
import { MessageList } from './MessageList';
import { ModelWaitNotice } from './ModelWaitNotice';
import { NextStepPrompt } from './NextStepPrompt';
import { SafetyStrip } from './SafetyStrip';
import { useSessionUi } from './sessionStore';
import { useGroupSession } from './useGroupSession';

/** How long the group waits in silence before the facilitator invites the user. */
const SILENCE_MS = 4 * 60 * 1000;

/** Failures that mean "no model can speak yet": the wait notice explains them, and a ready model clears them. */
const MODEL_FAILURES: readonly string[] = ['model-missing', 'server-not-running', 'ollama-not-installed'];

/** The group chat: messages, the people in the group, and the composer. */
export function GroupScreen({ groupId }: { readonly groupId: string }) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const { repos } = services;
  const go = useNavigation((s) => s.go);
  const group = useLiveQuery(() => repos.groups.get(groupId), [groupId], null);
  const members = useLiveQuery(() => repos.groups.members(groupId), [groupId]);
  const session = useGroupSession(group ?? undefined, members);
  const ui = useSessionUi();
  // Unknown (still checking) counts as ready: the notice is for a model that is known to be missing.
  const ready = useModelRuntime((s) => !s.status || (s.status.state === 'running' && Boolean(s.status.activeModel)));
  const [cardId, setCardId] = useState<string | null>(null);
  const [closing, setClosing] = useState(false);
  const [drawer, setDrawer] = useState(false);
  const drawerButton = useRef<HTMLButtonElement>(null);
  const lastChange = useLiveQuery(async () => (await repos.messages.latest(groupId, 1))[0]?.updatedAt, [groupId]);

  // Once a model is ready, a notice that said it was missing is no longer true.
  useEffect(() => {
    if (ready && MODEL_FAILURES.includes(useSessionUi.getState().failure ?? '')) useSessionUi.getState().set({ failure: null });
  }, [ready]);

  // After a long quiet the facilitator gently invites the user to share (once per quiet spell).
  useEffect(() => {
    if (!session || lastChange === undefined) return;
    const timer = setTimeout(() => void session.inviteAfterSilence(), SILENCE_MS);
    return () => clearTimeout(timer);
  }, [session, lastChange]);

  if (group === null) return <p className={styles.loading}>{t('group.loading')}</p>;
  if (!group) {
    return (
      <div className={styles.loading}>
        <p>{t('group.notFound')}</p>
        <Button onClick={() => go({ name: 'home' })}>{t('group.backHome')}</Button>
      </div>
    );
  }
  const card = members?.find((m) => m.id === cardId);
  const idle = !ui.busy;
  // The session reports when it is busy; a failure here is shown, never thrown at the user.
  const run = (work: (s: NonNullable<typeof session>) => Promise<void>): void => {
    if (!session) return;
    useSessionUi.getState().set({ failure: null });
    work(session).catch(() => useSessionUi.getState().set({ failure: 'other', busy: false }));
  };
  const actions = {
    openCard: (id: string) => setCardId(id),
    continueReply: (id: string) => run((s) => s.continueReply(id)),
    regenerate: (id: string) => run((s) => s.regenerate(id)),
  };
  const typingName = members?.find((m) => m.id === ui.typingMemberId)?.persona.name;
  // Paused or asking lives on the group record, so it is the same after a language switch, a reopen or a restart.
  const safety = group.safety;
  const open = !safety || safety.state === 'open';
  // A one-to-one chat has no topic to pick and nobody else to bring in; the person writes to the buddy,
  // and the screen speaks of them by name, not of a group.
  const buddy = group.format === 'buddy' ? members?.find((m) => m.id === group.buddyMemberId) : undefined;
  const buddyName = buddy ? (buddy.persona.name.split(' ')[0] ?? buddy.persona.name) : undefined;
  const { say } = chatWords(t, buddyName);
  // While no model is ready the wait notice speaks for a missing model; other failures still show.
  const failure = ui.failure && !(MODEL_FAILURES.includes(ui.failure) && !ready) ? ui.failure : null;

  return (
    <ChatWordsProvider buddyName={buddyName}>
      <div className={styles.layout} data-testid="group-screen">
        <section className={styles.chat} aria-labelledby="group-title">
          <header className={styles.header} data-testid="group-header">
            <div className={styles.titleRow}>
              <h1 id="group-title" className={styles.title}>
                {group.title}
              </h1>
              {group.format === 'buddy' ? null : (
                <label className={styles.topic}>
                  <span className={styles.topicLabel}>{t('group.topicLabel')}</span>
                  <select
                    data-testid="topic-select"
                    value={group.topic}
                    onChange={(e) => {
                      const topic = SessionTopic.parse(e.target.value);
                      void repos.groups.update(group.id, { topic });
                    }}
                  >
                    {SessionTopic.options.map((topic) => (
                      <option key={topic} value={topic}>
                        {t(`group.topic.${topic}`)}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <Button ref={drawerButton} variant="secondary" className={styles.membersButton} aria-haspopup="dialog" aria-expanded={drawer} onClick={() => setDrawer(true)} data-testid="members-button">
                {t('group.membersButton', { count: members?.length ?? 0 })}
              </Button>
              <Button variant="secondary" disabled={!idle || !session} onClick={() => run(async (s) => {
                if (await s.close()) setClosing(true);
              })}>
                {/* A very short header shows the short label; the full one is what a screen reader hears. */}
                <span className={styles.fullLabel}>{t('group.endSession')}</span>
                <span className={styles.shortLabel} aria-hidden="true">
                  {t('group.endSessionShort')}
                </span>
              </Button>
            </div>
            <p className={styles.aiNote}>{say('aiNote')}</p>
            {group.unsourced ? <p className={styles.warn}>{say('unsourced')}</p> : null}
            {failure ? (
              <div className={styles.failure} role="alert">
                <span>{say(`failure.${['model-missing', 'server-not-running', 'ollama-not-installed', 'connection-lost', 'out-of-memory', 'timeout'].includes(failure) ? failure : 'other'}`)}</span>
                {['model-missing', 'server-not-running', 'ollama-not-installed', 'out-of-memory'].includes(failure) ? (
                  <Button variant="secondary" onClick={() => go({ name: 'model' })}>
                    {t('group.failure.setup')}
                  </Button>
                ) : null}
                <Button variant="ghost" onClick={() => useSessionUi.getState().set({ failure: null })}>
                  {t('group.failure.dismiss')}
                </Button>
              </div>
            ) : null}
          </header>
          <MessageList groupId={group.id} members={members ?? []} actions={actions} idle={idle} />
          <div className={styles.typing} aria-hidden="true">
            {typingName ? t('group.typing', { name: typingName }) : '\u00a0'}
          </div>
          <SafetyStrip
            safety={safety}
            language={i18n.language === 'es' ? 'es' : 'en'}
            ready={Boolean(session)}
            onAnswer={(text) => run((s) => s.send(text))}
            onReturn={() => run((s) => s.resume())}
            onHideHelp={() => run((s) => s.hideHelp())}
          />
          {closing ? <CloseQuestionOffer groupId={group.id} /> : null}
          {closing ? (
            <NextStepPrompt
              groupId={group.id}
              onDone={() => {
                setClosing(false);
                go({ name: 'check-in', groupId: group.id });
              }}
            />
          ) : (
            <Composer
              names={(members ?? []).filter((m) => !m.muted && m.persona.role !== 'facilitator').map((m) => m.persona.name)}
              busy={ui.busy}
              {...(ready ? {} : { notice: <ModelWaitNotice /> })}
              {...(buddyName !== undefined ? { buddyName } : { onAnyoneElse: () => run((s) => s.anyoneElse()) })}
              onSend={(text) => run((s) => s.send(text))}
              onStop={() => session?.stop()}
              anyoneElseDisabled={!open}
            />
          )}
        </section>
        <aside className={styles.side} data-testid="members-panel">
          <MemberList members={members ?? []} typingId={ui.typingMemberId} onOpen={setCardId} />
        </aside>
        {drawer ? (
          <MembersDrawer
            members={members ?? []}
            typingId={ui.typingMemberId}
            onOpen={(id) => {
              setDrawer(false);
              setCardId(id);
            }}
            onClose={() => {
              setDrawer(false);
              drawerButton.current?.focus();
            }}
          />
        ) : null}
        {card ? (
          <MemberCard
            member={card}
            unsourced={group.unsourced}
            onClose={() => setCardId(null)}
            oneToOne={Boolean(buddy)}
            onToggleMute={() => {
              void repos.groups.setMuted(card.id, !card.muted).then(() => session?.reloadMembers());
            }}
            onBuddy={async () => {
              const profile = await repos.singletons.profile();
              if (!profile) return;
              const facilitator = members?.find((m) => m.persona.role === 'facilitator')?.persona;
              const buddy = await createGroup(services, {
                profile,
                format: 'buddy',
                topic: 'open',
                buddyOf: { persona: card.persona, ...(facilitator ? { facilitator } : {}) },
              });
              setCardId(null);
              go({ name: 'group', groupId: buddy.id });
            }}
          />
        ) : null}
      </div>
    </ChatWordsProvider>
  );
}
