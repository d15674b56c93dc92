import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '@shared/domain';
import { useServices } from '@renderer/services/ServicesContext';
import { AiBadge } from '@renderer/ui/AiBadge';
import { Avatar } from '@renderer/ui/Avatar';
import { Button } from '@renderer/ui/Button';
import { useChatWords } from './ChatWords';
import { useOpenSource } from './useOpenSource';
import styles from './MemberCard.module.css';

interface Props {
  readonly member: Member;
  /** The group has no checked health information (a condition without a pack): the card must not claim any. */
  readonly unsourced?: boolean;
  /** In a one-to-one chat the buddy is the only one to talk to: no muting them, no second buddy chat from here. */
  readonly oneToOne?: boolean;
  onClose(): void;
  onToggleMute(): void;
  onBuddy?: () => void;
}

/** A member's card: who they are, what they live with, where those facts come from. A modal dialog. */
export function MemberCard({ member, unsourced = false, oneToOne = false, onClose, onToggleMute, onBuddy }: Props) {
  const { t } = useTranslation();
  const { say } = useChatWords();
  const { knowledge } = useServices();
  const open = useOpenSource();
  const ref = useRef<HTMLDialogElement>(null);
  const p = member.persona;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const years = p.yearsSinceDiagnosis < 1 ? t('group.card.yearsNew') : t('group.card.years', { count: Math.round(p.yearsSinceDiagnosis) });
  const sourceOf = (key: string) => knowledge.base.registry.fact(key)?.sources[0];

  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby="card-title" onClose={onClose} onCancel={onClose}>
      <div className={styles.head}>
        <Avatar avatar={p.avatar} size="l" />
        <div>
          <h2 id="card-title" className={styles.title}>
            {p.name} <AiBadge long />
          </h2>
          <p className={styles.sub}>{t('group.card.age', { age: p.age, pronouns: p.pronouns })}</p>
          <p className={styles.sub}>{say(`role.${p.role}`)}</p>
        </div>
      </div>
      <p className={styles.disclosure} data-testid="card-disclosure">
        {t(unsourced ? 'group.card.disclosureUnsourced' : 'group.card.disclosure', { name: p.name.split(' ')[0] })}
      </p>
      <dl className={styles.facts}>
        <dt>{t('group.card.livesWith', { condition: p.condition })}</dt>
        <dd>{years}</dd>
        <dt>{t('group.card.background')}</dt>
        <dd>
          {p.background}; {t(`group.setting.${p.setting}`)}; {t(`group.lifeStage.${p.lifeStage}`)}
        </dd>
        <dt>{t('group.card.now')}</dt>
        <dd>{p.currentChallenge}</dd>
        <dt>{t('group.card.helped')}</dt>
        <dd>{p.whatHelped}</dd>
        {p.coOccurring ? (
          <>
            <dt>{t('group.card.alsoLivesWith')}</dt>
            <dd>{p.coOccurring.name}</dd>
          </>
        ) : null}
        {p.treatments.length ? (
          <>
            <dt>{t('group.card.treatments')}</dt>
            <dd>
              <ul className={styles.treatments}>
                {p.treatments.map((tr) => {
                  const source = sourceOf(tr.purposeKey) ?? sourceOf(tr.sideEffectKeys[0] ?? '');
                  return (
                    <li key={tr.treatmentId}>
                      {tr.name}
                      {source ? (
                        <button type="button" className={styles.source} onClick={() => open(source.url)}>
                          {source.publisher}
                        </button>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <div className={styles.actions}>
        {p.role !== 'facilitator' && !oneToOne ? (
          <Button variant="secondary" onClick={onToggleMute} aria-pressed={member.muted}>
            {member.muted ? t('group.card.unmute', { name: p.name.split(' ')[0] }) : t('group.card.mute', { name: p.name.split(' ')[0] })}
          </Button>
        ) : null}
        {onBuddy && p.role !== 'facilitator' && !oneToOne ? (
          <Button variant="secondary" onClick={onBuddy}>
            {t('group.card.buddy')}
          </Button>
        ) : null}
        <Button variant="primary" onClick={onClose} autoFocus>
          {t('group.card.close')}
        </Button>
      </div>
    </dialog>
  );
}
