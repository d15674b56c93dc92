import { useTranslation } from 'react-i18next';
import type { GroupSafety } from '@shared/domain';
import { askQuickReplies } from '@shared/safety/askScript';
import { Button } from '@renderer/ui/Button';
import { HeartIcon, useCrisisPanel } from '../crisis';
import { useChatWords } from './ChatWords';
import styles from './SafetyStrip.module.css';

interface Props {
  readonly safety: GroupSafety | undefined;
  /** The language the facilitator asked in: the quick replies are answers in it. */
  readonly language: 'en' | 'es';
  /** Whether a session is live to take an answer or a return. */
  readonly ready: boolean;
  onAnswer(text: string): void;
  onReturn(): void;
  onHideHelp(): void;
}

/**
 * Above the composer, while the group is not simply open: paused after the crisis panel (help, and
 * the way back), waiting for the answer to the facilitator's question (quick replies, help), or
 * open with help left in view after a question went unanswered.
 */
export function SafetyStrip({ safety, language, ready, onAnswer, onReturn, onHideHelp }: Props) {
  const { t } = useTranslation();
  const { say } = useChatWords();
  const show = useCrisisPanel((s) => s.show);
  if (!safety || (safety.state === 'open' && !safety.helpVisible)) return null;
  const getHelp = (
    <Button variant="help" icon={<HeartIcon />} onClick={() => show(safety.state === 'open' ? [] : safety.categories)} data-testid="strip-get-help">
      {t('crisis.button.label')}
    </Button>
  );
  if (safety.state === 'paused') {
    return (
      <div className={`${styles.strip} ${styles.paused}`} role="status" data-testid="paused-strip">
        <p className={styles.text}>{say('paused')}</p>
        <div className={styles.actions}>
          {getHelp}
          <Button onClick={onReturn} disabled={!ready} data-testid="strip-return">
            {say('returnToGroup')}
          </Button>
        </div>
      </div>
    );
  }
  if (safety.state === 'asking') {
    const replies = askQuickReplies(language);
    return (
      <section className={`${styles.strip} ${styles.asking}`} aria-labelledby="ask-strip-title" data-testid="ask-strip">
        <p id="ask-strip-title" className={styles.text}>
          {say('safety.asking')}
        </p>
        <div className={styles.actions} role="group" aria-label={t('group.safety.answers')}>
          <Button variant="primary" disabled={!ready} onClick={() => onAnswer(replies.yes)} data-testid="ask-yes">
            {replies.yes}
          </Button>
          <Button variant="primary" disabled={!ready} onClick={() => onAnswer(replies.no)} data-testid="ask-no">
            {replies.no}
          </Button>
          <Button disabled={!ready} onClick={() => onAnswer(replies.decline)} data-testid="ask-decline">
            {replies.decline}
          </Button>
          {getHelp}
        </div>
        <p className={styles.hint}>{t('group.safety.askingHint')}</p>
      </section>
    );
  }
  return (
    <div className={`${styles.strip} ${styles.help}`} role="status" data-testid="help-strip">
      <p className={styles.text}>{t('group.safety.helpHere')}</p>
      <div className={styles.actions}>
        {getHelp}
        <Button variant="ghost" onClick={onHideHelp} disabled={!ready} data-testid="hide-help">
          {t('group.safety.hideHelp')}
        </Button>
      </div>
    </div>
  );
}
