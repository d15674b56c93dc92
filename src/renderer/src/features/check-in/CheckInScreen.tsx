import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportFunction } from '@shared/domain';
import { useNavigation } from '@renderer/services/navigation';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import styles from './CheckIn.module.css';
import { suggestsRealPeople } from './realPeopleNudge';
import { MoodTap } from './MoodTap';
import { ScaleQuestion } from './ScaleQuestion';
import screenStyles from '@renderer/ui/Screen.module.css';

const FUNCTIONS: readonly SupportFunction[] = ['informational', 'emotional', 'appraisal', 'instrumental'];
type Answers = Partial<Record<SupportFunction | 'mood', number>>;

/**
 * After a session: one tap on how the person feels saves at once. The full check-in stays an option:
 * four quick questions, one per kind of support, the mood, and the next step the person means to take.
 * Every answer is optional; all of it stays on this computer.
 */
export function CheckInScreen({ groupId }: { readonly groupId: string }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const { replace, go } = useNavigation();
  const [answers, setAnswers] = useState<Answers>({});
  const [step, setStep] = useState('');
  const [saving, setSaving] = useState(false);
  const [full, setFull] = useState(false);
  const stepId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const nudge = useLiveQuery(async () => suggestsRealPeople((await repos.journal.checkIns()).filter((c) => c.groupId === groupId).length), [repos, groupId], false);
  // A step chosen at this session's close (after the group's previous check-in) is shown instead of asking again.
  const existing = useLiveQuery(async () => {
    const previous = (await repos.journal.checkIns()).filter((c) => c.groupId === groupId).at(-1)?.createdAt ?? 0;
    return (await repos.journal.nextSteps()).find((s) => s.groupId === groupId && s.status === 'open' && s.createdAt > previous);
  }, [repos, groupId]);

  const save = async (given: Answers = answers) => {
    setSaving(true);
    await repos.journal.addCheckIn({ groupId, ...given });
    if (step.trim()) await repos.journal.addNextStep(groupId, step);
    replace({ name: 'insights' });
  };

  return (
    <form
      className={`${screenStyles.stack} ${styles.screen}`}
      aria-labelledby="check-in-title"
      data-testid="check-in"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div>
        <h1 id="check-in-title" ref={heading} tabIndex={-1} className={styles.title}>
          {t('checkIn.title')}
        </h1>
        {full ? <p className={styles.lead}>{t('checkIn.lead')}</p> : null}
      </div>
      {full ? null : (
        <>
          <MoodTap disabled={saving} onPick={(mood) => void save({ mood })} />
          <div>
            <Button onClick={() => setFull(true)} data-testid="full-check-in">
              {t('checkIn.quick.more')}
            </Button>
          </div>
        </>
      )}
      {full ? (
        <>
          {FUNCTIONS.map((fn) => (
            <ScaleQuestion
              key={fn}
              name={fn}
              question={t(`checkIn.questions.${fn}`)}
              value={answers[fn]}
              onChange={(v) => setAnswers((a) => ({ ...a, [fn]: v }))}
              low={t('checkIn.low')}
              high={t('checkIn.high')}
            />
          ))}
          <ScaleQuestion name="mood" question={t('checkIn.questions.mood')} value={answers.mood} onChange={(v) => setAnswers((a) => ({ ...a, mood: v }))} low={t('checkIn.moodLow')} high={t('checkIn.moodHigh')} />
          {existing ? (
            <p className={styles.hint}>{t('checkIn.existingStep', { step: existing.text })}</p>
          ) : (
            <div className={styles.field}>
              <label className={styles.label} htmlFor={stepId}>
                {t('checkIn.nextStep')}
              </label>
              <input id={stepId} className={styles.input} value={step} maxLength={300} onChange={(e) => setStep(e.target.value)} aria-describedby={`${stepId}-hint`} />
              <p id={`${stepId}-hint`} className={styles.hint}>
                {t('checkIn.nextStepHint')}
              </p>
            </div>
          )}
        </>
      ) : null}
      {nudge ? (
        <aside className={styles.nudge} aria-labelledby="nudge-title" data-testid="real-people-nudge">
          <h2 id="nudge-title" className={styles.nudgeTitle}>
            {t('checkIn.realPeople.title')}
          </h2>
          <p>{t('checkIn.realPeople.body')}</p>
          <Button onClick={() => go({ name: 'real-support' })}>{t('checkIn.realPeople.button')}</Button>
        </aside>
      ) : null}
      <div className={styles.actions}>
        {full ? (
          <Button type="submit" variant="primary" disabled={saving} data-testid="save-check-in">
            {t('checkIn.save')}
          </Button>
        ) : null}
        <Button onClick={() => replace({ name: 'home' })}>{t('checkIn.notNow')}</Button>
      </div>
    </form>
  );
}
