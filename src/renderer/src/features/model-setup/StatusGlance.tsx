import { useTranslation } from 'react-i18next';
import type { RuntimeStatus } from '@shared/contract';
import styles from './ModelSetup.module.css';
import type { SetupPhase } from './useModelRuntime';


/** Status at a glance: the program, the model, and where the server is. */
export function StatusGlance({ phase, status }: { readonly phase: SetupPhase; readonly status: RuntimeStatus | null }) {
  const { t } = useTranslation();
  // The dot is about the server alone; the model has its own line.
  const tone = status?.state === 'running' ? styles.dotGood : !status || phase === 'checking' || phase === 'starting' ? styles.dotWait : styles.dotTodo;
  const active = status?.models.find((m) => m.name === status.activeModel);
  const serverText =
    !status || phase === 'checking'
      ? t('model.glance.serverChecking')
      : phase === 'starting'
        ? t('model.glance.server.starting')
        : status.state === 'running'
        ? t('model.glance.serverRunning', { version: status.version ?? '' })
        : t(`model.glance.server.${status.state}`);
  const modelText = active ? active.label : phase === 'downloading' ? t('model.glance.modelDownloading') : t('model.glance.modelNone');
  return (
    <dl className={styles.glance} data-testid="status-glance" data-phase={phase}>
      <div>
        <dt>{t('model.glance.serverLabel')}</dt>
        <dd>
          <span className={`${styles.dot} ${tone}`} aria-hidden="true" />
          {serverText}
        </dd>
      </div>
      <div>
        <dt>{t('model.glance.model')}</dt>
        <dd>{modelText}</dd>
      </div>
      <div>
        <dt>{t('model.glance.where')}</dt>
        <dd>{status && !status.hostIsLocal ? <strong className={styles.warn}>{t('model.glance.remote', { host: status.host })}</strong> : t('model.glance.local')}</dd>
      </div>
      {status?.state === 'running' && !status.startedByHearth ? (
        <div>
          <dt className="visually-hidden">{t('model.glance.serverLabel')}</dt>
          <dd data-testid="server-not-ours">{t('model.glance.notOurs', { host: status.host })}</dd>
        </div>
      ) : null}
    </dl>
  );
}
