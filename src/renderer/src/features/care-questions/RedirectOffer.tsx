import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '@shared/domain';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import { AddedNotice } from './AddedNotice';
import styles from './CareEntry.module.css';
import { questionBefore } from './redirectedQuestion';
import { useCanKeepQuestions } from './useCanKeepQuestions';

/** How far back the redirect looks for the question it answers (it follows the question at once). */
const LOOK_BACK = 12;

/**
 * Under the facilitator's medical redirect: offers to keep the person's question for their next
 * appointment. Once it is on the list the offer becomes a note with a link, so it is added once.
 */
export function RedirectOffer({ redirect }: { readonly redirect: Message }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const canKeep = useCanKeepQuestions();
  const [added, setAdded] = useState(false);
  const question = useLiveQuery(
    async () => questionBefore(await repos.messages.between(redirect.groupId, Math.max(0, redirect.seq - LOOK_BACK), redirect.seq - 1), redirect),
    [repos, redirect.groupId, redirect.seq],
  );
  const onList = useLiveQuery(async () => (question ? (await repos.careQuestions.list()).some((q) => q.status === 'open' && q.sourceMessageId === question.id) : false), [repos, question?.id]);
  if (!canKeep || !question || onList === undefined) return null;

  const add = async () => {
    await repos.careQuestions.add({ text: question.text, origin: 'redirect', groupId: question.groupId, sourceMessageId: question.id });
    setAdded(true);
  };
  return (
    <div className={styles.offer} data-testid="care-redirect-offer">
      {onList || added ? null : (
        <Button variant="secondary" onClick={() => void add()}>
          {t('careQuestions.entry.fromRedirect')}
        </Button>
      )}
      <AddedNotice state={added ? 'added' : onList ? 'already' : 'idle'} />
    </div>
  );
}
