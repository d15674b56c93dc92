import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GroupFormat, SessionTopic, type UserProfile } from '@shared/domain';
import { useNavigation } from '@renderer/services/navigation';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import { createGroup } from '@renderer/services/createGroup';
import { IncognitoLauncher } from '../privacy';
import styles from './Home.module.css';

const GROUP_FORMATS = GroupFormat.options.filter((f) => f !== 'buddy');

/** Start a new group (kind and topic) or a one-to-one buddy chat, from the saved profile. */
export function StartSomething({ profile }: { readonly profile: UserProfile }) {
  const { t } = useTranslation();
  const services = useServices();
  const go = useNavigation((s) => s.go);
  const [format, setFormat] = useState<GroupFormat>('condition');
  const [topic, setTopic] = useState<SessionTopic>('open');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const formatId = useId();
  const topicId = useId();

  const start = async (chosen: GroupFormat) => {
    setBusy(true);
    setFailed(false);
    try {
      const group = await createGroup(services, { profile, format: chosen, topic: chosen === 'buddy' ? 'open' : topic });
      go({ name: 'group', groupId: group.id });
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="start-title">
      <h2 id="start-title" className={styles.sectionTitle}>
        {t('home.start.title')}
      </h2>
      <div className={styles.startGrid}>
        <div className={`${styles.card} ${styles.startCard}`}>
          <h3 className={styles.groupTitle}>{t('home.start.groupTitle')}</h3>
          <div className={styles.field}>
            <label className={styles.label} htmlFor={formatId}>
              {t('home.start.format')}
            </label>
            <select id={formatId} className={styles.select} value={format} onChange={(e) => setFormat(GroupFormat.parse(e.target.value))}>
              {GROUP_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`home.formats.${f}`)}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label className={styles.label} htmlFor={topicId}>
              {t('home.start.topic')}
            </label>
            <select id={topicId} className={styles.select} value={topic} onChange={(e) => setTopic(SessionTopic.parse(e.target.value))}>
              {SessionTopic.options.map((tp) => (
                <option key={tp} value={tp}>
                  {t(`home.topics.${tp}`)}
                </option>
              ))}
            </select>
          </div>
          <Button variant="primary" disabled={busy} onClick={() => void start(format)} data-testid="start-new-group">
            {t('home.start.groupButton')}
          </Button>
        </div>
        <div className={`${styles.card} ${styles.startCard}`}>
          <h3 className={styles.groupTitle}>{t('home.start.buddyTitle')}</h3>
          <p>{t('home.start.buddyBody')}</p>
          <Button disabled={busy} onClick={() => void start('buddy')} data-testid="start-buddy">
            {t('home.start.buddyButton')}
          </Button>
        </div>
        <div className={`${styles.card} ${styles.startCard}`}>
          <IncognitoLauncher profile={profile} />
        </div>
      </div>
      {failed ? (
        <p role="alert" className={styles.muted}>
          {t('home.start.failed')}
        </p>
      ) : null}
    </section>
  );
}
