import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '@renderer/services/navigation';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import { GroupCard } from './GroupCard';
import { HistorySearch } from './HistorySearch';
import styles from './Home.module.css';
import { readLastSeen, writeLastSeen } from './lastSeen';
import { changesSince } from './sinceLastTimeChanges';
import { SinceLastTime } from './SinceLastTime';
import { StartSomething } from './StartSomething';
import screenStyles from '@renderer/ui/Screen.module.css';

/** Home: what changed, the person's groups, starting something new, search, and real people. */
export function HomeScreen() {
  const { t } = useTranslation();
  const { repos } = useServices();
  const go = useNavigation((s) => s.go);
  const [since] = useState(readLastSeen);
  useEffect(() => writeLastSeen(Date.now()), []);

  const data = useLiveQuery(async () => {
    const [groups, checkIns, nextSteps, profile] = await Promise.all([repos.groups.active(), repos.journal.checkIns(), repos.journal.nextSteps(), repos.singletons.profile()]);
    return { groups, checkIns, nextSteps, profile };
  }, [repos]);
  if (!data) return null;
  const { groups, profile } = data;

  return (
    <div className={`${screenStyles.stack} ${styles.screen}`} data-testid="home">
      <h1 className={styles.title}>{t('home.title')}</h1>
      <SinceLastTime changes={since > 0 ? changesSince(data, since) : []} />
      <section aria-labelledby="groups-title">
        <h2 id="groups-title" className={styles.sectionTitle}>
          {t('home.groupsTitle')}
        </h2>
        {groups.length === 0 && profile ? <p className={styles.muted}>{t('home.noGroups')}</p> : null}
        {!profile ? (
          // Onboarding is not finished: nothing can start here yet, so the one way on leads back to it.
          <div className={styles.card} data-testid="home-finish-setup">
            <p>{t('home.finishSetup.body')}</p>
            <Button variant="primary" onClick={() => go({ name: 'onboarding' })}>
              {t('home.finishSetup.button')}
            </Button>
          </div>
        ) : null}
        <ul className={styles.groups}>
          {groups.map((g) => (
            <GroupCard key={g.id} group={g} />
          ))}
        </ul>
      </section>
      <HistorySearch groups={groups} />
      {profile ? <StartSomething profile={profile} /> : null}
      <section className={styles.realPeople} aria-labelledby="real-title">
        <h2 id="real-title" className="visually-hidden">
          {t('home.realPeople.title')}
        </h2>
        <p>{t('home.realPeople.body')}</p>
        <Button onClick={() => go({ name: 'real-support' })}>{t('home.realPeople.button')}</Button>
      </section>
    </div>
  );
}
