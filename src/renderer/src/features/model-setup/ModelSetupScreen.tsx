import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { HostSetting } from './HostSetting';
import { ModelFromFile } from './ModelFromFile';
import { NextStep } from './NextStep';
import styles from './ModelSetup.module.css';
import { ProblemNotice } from './ProblemNotice';
import { StatusGlance } from './StatusGlance';
import { setupPhase, useModelRuntime, type SetupPhase } from './useModelRuntime';
import { useOnline } from './useOnline';
import { WayBack } from './WayBack';
import screenStyles from '@renderer/ui/Screen.module.css';

/** Phases in which the person is doing something outside Hearth (installing, opening Ollama): check again now and then. */
const WATCHED: readonly SetupPhase[] = ['not-installed', 'stopped', 'unreachable', 'too-old'];
const WATCH_INTERVAL_MS = 5000;

/** Setting up the local AI model: status at a glance, one next step, a real download bar. */
export function ModelSetupScreen() {
  const { t } = useTranslation();
  const runtime = useModelRuntime();
  const phase = setupPhase(runtime);
  const online = useOnline();

  useEffect(() => {
    void useModelRuntime.getState().refresh();
    // Only on arrival; the store refreshes itself after each action.
  }, []);

  useEffect(() => {
    if (!WATCHED.includes(phase)) return;
    const timer = setInterval(() => void useModelRuntime.getState().refresh(), WATCH_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [phase]);

  const needsNetwork = phase === 'not-installed' || phase === 'too-old' || phase === 'needs-model' || phase === 'downloading';
  const pickSmaller = (): void => {
    runtime.dismissProblem();
    document.querySelector<HTMLElement>('[data-testid="step-needs-model"], [data-testid="step-ready"]')?.scrollIntoView({ block: 'start' });
  };

  return (
    <section className={`${screenStyles.screen} ${styles.screen}`} aria-labelledby="model-setup-title" data-testid="model-setup">
      <WayBack placement="top" />
      <h1 id="model-setup-title" className={styles.title}>
        {t('model.title')}
      </h1>
      <p className={styles.lead}>{t('model.lead')}</p>
      <StatusGlance phase={phase} status={runtime.status} />
      {!online && needsNetwork ? (
        <p className={styles.offline} role="status" data-testid="offline-notice">
          {t('model.offline')}
        </p>
      ) : null}
      {runtime.problem ? (
        <ProblemNotice
          problem={runtime.problem}
          actions={{
            getOllama: () => void runtime.openDownloadPage(),
            startOllama: () => void runtime.start(),
            retry: (model) => void (model && phase !== 'ready' ? runtime.downloadModel(model) : runtime.refresh()),
            pickSmaller,
            dismiss: runtime.dismissProblem,
          }}
        />
      ) : null}
      <NextStep phase={phase} />
      {phase === 'needs-model' || phase === 'ready' ? <ModelFromFile /> : null}
      {phase !== 'ready' ? <p className={styles.meanwhile}>{t('model.meanwhile')}</p> : null}
      <WayBack placement="bottom" />
      <details className={styles.more} open={runtime.status ? !runtime.status.hostIsLocal : false}>
        <summary>{t('model.host.summary')}</summary>
        {runtime.status ? <HostSetting key={runtime.status.host} /> : null}
      </details>
    </section>
  );
}
