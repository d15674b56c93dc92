import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '@renderer/services/navigation';
import { Button } from '@renderer/ui/Button';
import { HostSetting, setupPhase, useModelRuntime } from '../model-setup';
import styles from './Settings.module.css';

/**
 * Settings → AI model: whether the group can speak, by the model's friendly name. The server address
 * and the model's exact tag are for people who run Ollama elsewhere, so they wait under "Advanced".
 */
export function ModelSettings() {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const runtime = useModelRuntime();
  const phase = setupPhase(runtime);

  // After a restart nothing has asked the runtime yet: ask, rather than call an unknown state "not ready".
  useEffect(() => {
    if (!useModelRuntime.getState().status) void useModelRuntime.getState().refresh();
  }, []);

  const active = runtime.status?.activeModel ?? null;
  const label = runtime.status?.models.find((m) => m.name === active)?.label ?? active ?? '';
  const summary = phase === 'checking' ? t('settings.model.checking') : phase === 'ready' ? t('settings.model.ready', { model: label }) : t('settings.model.notReady');

  return (
    <section className={styles.section} aria-labelledby="model-title" data-testid="model-settings" data-phase={phase}>
      <h2 id="model-title" className={styles.sectionTitle}>
        {t('settings.model.title')}
      </h2>
      <div className={styles.row}>
        <p role="status">{summary}</p>
        <Button onClick={() => go({ name: 'model' })}>{t('settings.model.open')}</Button>
      </div>
      {runtime.status ? (
        <details className={styles.advanced} data-testid="model-advanced">
          <summary>{t('settings.model.advanced')}</summary>
          {active ? <p className={styles.hint}>{t('settings.model.tag', { tag: active })}</p> : null}
          <HostSetting key={runtime.status.host} />
        </details>
      ) : null}
    </section>
  );
}
