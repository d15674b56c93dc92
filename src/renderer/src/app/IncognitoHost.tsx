import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../services/navigation';
import { ServicesProvider, useServices } from '../services/ServicesContext';
import { Button } from '../ui/Button';
import { GroupScreen, ScreenLoading } from './screens';
import { useIncognito } from '../services/incognitoSession';
import styles from '../features/privacy/Privacy.module.css';

/**
 * While an incognito group is open it replaces the current screen, with the same group screen running
 * on the in-memory repositories, clearly marked. Going anywhere else closes it, and it is gone.
 */
export function IncognitoHost({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  const services = useServices();
  const active = useIncognito((s) => s.active);
  const end = useIncognito((s) => s.end);
  const screen = useNavigation((s) => s.screen);
  useEffect(() => {
    if (active && screen !== active.openedOn) end();
  }, [screen, active, end]);

  if (!active) return <>{children}</>;
  return (
    <ServicesProvider services={{ ...services, repos: active.space.repositories }}>
      <div className={styles.incognito} data-testid="incognito-group">
        <div className={styles.incognitoBar} role="status">
          <span className={styles.incognitoBadge}>{t('privacy.incognito.badge')}</span>
          <span>{t('privacy.incognito.notice')}</span>
          <Button onClick={end} data-testid="close-incognito">
            {t('privacy.incognito.close')}
          </Button>
        </div>
        <ScreenLoading>
          <GroupScreen groupId={active.groupId} />
        </ScreenLoading>
      </div>
    </ServicesProvider>
  );
}
