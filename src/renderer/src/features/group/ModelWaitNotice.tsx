import { useTranslation } from 'react-i18next';
import { useNavigation } from '@renderer/services/navigation';
import { Button } from '@renderer/ui/Button';
import { useModelGlance } from '../model-setup';
import { useChatWords } from './ChatWords';
import styles from './Composer.module.css';

/**
 * Above the composer while no model can speak for the group. During a download it says so, with the
 * progress and time left, and that what the person writes now is answered as soon as the model is
 * ready; otherwise it offers the way to set the model up.
 */
export function ModelWaitNotice() {
  const { t } = useTranslation();
  const { say } = useChatWords();
  const go = useNavigation((s) => s.go);
  const { percent, timeLeft } = useModelGlance();
  if (percent !== null) {
    return (
      <p className={styles.notice} role="status" data-testid="model-wait-notice" data-state="downloading">
        {timeLeft ? say('wait.downloadingLeft', { percent, left: timeLeft }) : say('wait.downloading', { percent })}
      </p>
    );
  }
  return (
    <div className={`${styles.notice} ${styles.noticeRow}`} role="status" data-testid="model-wait-notice" data-state="setup">
      <span>{say('composer.noModel')}</span>
      <Button variant="secondary" onClick={() => go({ name: 'model' })}>
        {t('group.failure.setup')}
      </Button>
    </div>
  );
}
