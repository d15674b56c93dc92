import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared/contract';
import { Button } from '@renderer/ui/Button';
import styles from './ModelSetup.module.css';
import type { SetupProblem } from './useModelRuntime';

/** The codes with their own words; anything else gets the general message. */
const EXPLAINED: readonly ErrorCode[] = [
  'ollama-not-installed',
  'server-not-running',
  'model-missing',
  'out-of-memory',
  'connection-lost',
  'timeout',
  'bad-host',
  'version-too-old',
  'disk-full',
  'model-error',
  'not-allowed',
];

/** The actions a problem can offer; the screen wires them. */
export interface ProblemActions {
  readonly getOllama: () => void;
  readonly startOllama: () => void;
  readonly retry: (model?: string) => void;
  readonly pickSmaller: () => void;
  readonly dismiss: () => void;
}

/** What went wrong, in plain words, with the one thing to do about it. Never a raw error. */
export function ProblemNotice({ problem, actions }: { readonly problem: SetupProblem; readonly actions: ProblemActions }) {
  const { t } = useTranslation();
  const code = problem.error.code;
  const key = EXPLAINED.includes(code) ? code : 'general';
  const action = (() => {
    switch (code) {
      case 'ollama-not-installed':
      case 'version-too-old':
        return <Button variant="primary" onClick={actions.getOllama}>{t('model.actions.getOllama')}</Button>;
      case 'server-not-running':
        return <Button variant="primary" onClick={actions.startOllama}>{t('model.actions.start')}</Button>;
      case 'out-of-memory':
        return <Button variant="primary" onClick={actions.pickSmaller}>{t('model.actions.pickSmaller')}</Button>;
      case 'model-missing':
        return problem.model ? <Button variant="primary" onClick={() => actions.retry(problem.model)}>{t('model.actions.download')}</Button> : null;
      case 'bad-host':
      case 'not-allowed':
        return null;
      default:
        return <Button variant="primary" onClick={() => actions.retry(problem.model)}>{t('model.actions.retry')}</Button>;
    }
  })();
  return (
    <div className={styles.problem} role="alert" data-testid="setup-problem" data-code={code}>
      <p className={styles.problemText}>{t(`model.problems.${key}`)}</p>
      <div className={styles.actions}>
        {action}
        <Button variant="ghost" onClick={actions.dismiss}>{t('model.actions.dismiss')}</Button>
      </div>
    </div>
  );
}
