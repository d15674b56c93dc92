import { useTranslation } from 'react-i18next';
import { Button } from '@renderer/ui/Button';
import { QUICK_EXIT_SHORTCUT, useQuickExitAction } from './useQuickExit';
import styles from './Privacy.module.css';

/** The always-visible quick exit: hides Hearth at once and locks it if a passphrase is set. */
export function QuickExitButton() {
  const { t } = useTranslation();
  const exit = useQuickExitAction();
  return (
    <Button className={styles.quickExit} onClick={exit} title={t('privacy.quickExit.hint', { shortcut: QUICK_EXIT_SHORTCUT })} aria-keyshortcuts="Control+Shift+H" data-testid="quick-exit">
      {t('privacy.quickExit.button')}
    </Button>
  );
}
