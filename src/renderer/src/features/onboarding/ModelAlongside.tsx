import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '@renderer/services/navigation';
import { useServices } from '@renderer/services/ServicesContext';
import { loadModelAhead } from '@renderer/services/createGroup';
import { Button } from '@renderer/ui/Button';
import { formatBytes } from '@renderer/ui/formatting';
import { useModelGlance, setupPhase, useModelRuntime } from '../model-setup';
import styles from './Onboarding.module.css';

/**
 * Model setup running beside the questions: one line of status and, where it helps, the one next step.
 * It never blocks onboarding; answers are kept if the person opens the full setup screen.
 */
export function ModelAlongside() {
  const { t, i18n } = useTranslation();
  const runtime = useModelRuntime();
  const go = useNavigation((s) => s.go);
  const phase = setupPhase(runtime);
  const { timeLeft } = useModelGlance();
  const services = useServices();

  useEffect(() => {
    if (!useModelRuntime.getState().status) void useModelRuntime.getState().refresh();
  }, []);

  // The group's model loads while the questions are answered, so the first reply does not wait for the disk.
  useEffect(() => {
    if (phase === 'ready') void loadModelAhead(services);
  }, [phase, services]);

  const recommended = runtime.recommendations?.options.find((o) => o.recommended && !o.installed);
  let text: string;
  let action = null;
  switch (phase) {
    case 'ready':
      text = t('onboarding.model.ready');
      break;
    case 'checking':
    case 'starting':
      text = t('onboarding.model.checking');
      break;
    case 'downloading':
      text = t(timeLeft ? 'onboarding.model.downloadingLeft' : 'onboarding.model.downloading', { percent: Math.floor(runtime.download?.progress?.percent ?? 0), left: timeLeft });
      break;
    case 'needs-model':
      text = t('onboarding.model.needsModel');
      action = recommended ? (
        <Button onClick={() => void runtime.downloadModel(recommended.name)} disabled={Boolean(runtime.download)}>
          {t('onboarding.model.download', { size: formatBytes(recommended.downloadBytes, i18n.language) })}
        </Button>
      ) : null;
      break;
    case 'stopped':
      text = t('onboarding.model.stopped');
      action = <Button onClick={() => void runtime.start()}>{t('model.actions.start')}</Button>;
      break;
    default:
      text = t('onboarding.model.notReady');
      action = <Button onClick={() => go({ name: 'model' })}>{t('onboarding.model.setUp')}</Button>;
  }
  return (
    <aside className={styles.aside} aria-label={t('onboarding.model.label')} data-testid="onboarding-model" data-phase={phase}>
      <p className={styles.asideText} role="status">
        {text}
      </p>
      {phase === 'downloading' ? (
        <progress className={styles.asideProgress} max={100} value={runtime.download?.progress?.percent ?? 0} aria-label={t('onboarding.model.label')} />
      ) : null}
      {action}
    </aside>
  );
}
