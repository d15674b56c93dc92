import { useTranslation } from 'react-i18next';
import { useNavigation } from '@renderer/services/navigation';
import { Button } from '@renderer/ui/Button';
import styles from './Settings.module.css';

const CHECK_COMMANDS = [
  { system: 'macOS', command: 'shasum -a 256 FILE' },
  { system: 'Windows', command: 'certutil -hashfile FILE SHA256' },
  { system: 'Linux', command: 'sha256sum FILE' },
] as const;

/** "Share Hearth with someone offline": what to copy onto a USB stick, and how the other person checks it. */
export function ShareOffline() {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  return (
    <section className={styles.section} aria-labelledby="share-offline-title" data-testid="share-offline">
      <h2 id="share-offline-title" className={styles.sectionTitle}>
        {t('shareOffline.title')}
      </h2>
      <p>{t('shareOffline.lead')}</p>
      <h3 className={styles.subTitle}>{t('shareOffline.copyTitle')}</h3>
      <ol className={styles.steps}>
        <li>{t('shareOffline.copy.hearth')}</li>
        <li>{t('shareOffline.copy.ollama')}</li>
        <li>
          {t('shareOffline.copy.model')}{' '}
          <Button variant="ghost" onClick={() => go({ name: 'model' })}>
            {t('shareOffline.openModel')}
          </Button>
        </li>
      </ol>
      <h3 className={styles.subTitle}>{t('shareOffline.checkTitle')}</h3>
      <ul className={styles.steps}>
        <li>{t('shareOffline.check.automatic')}</li>
        <li>{t('shareOffline.check.fingerprint')}</li>
        <li>{t('shareOffline.check.installers')}</li>
      </ul>
      <details className={styles.more}>
        <summary>{t('shareOffline.commandsSummary')}</summary>
        <p>{t('shareOffline.commandsLead')}</p>
        <dl className={styles.commands}>
          {CHECK_COMMANDS.map(({ system, command }) => (
            <div key={system}>
              <dt>{system}</dt>
              <dd>
                <code>{command.replace('FILE', t('shareOffline.fileWord'))}</code>
              </dd>
            </div>
          ))}
        </dl>
      </details>
      <p className={styles.hint}>{t('shareOffline.privacy')}</p>
    </section>
  );
}
