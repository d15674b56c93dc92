import { useTranslation } from 'react-i18next';
import type { ErrorCode, HearthError } from '@shared/contract';
import styles from './ModelFile.module.css';

/** The codes a model file can fail with, each with its own words and next step. */
const EXPLAINED: readonly ErrorCode[] = [
  'not-a-model-file',
  'model-too-big',
  'checksum-mismatch',
  'disk-full',
  'version-too-old',
  'server-not-running',
  'ollama-not-installed',
  'model-missing',
  'not-allowed',
  'connection-lost',
  'invalid-request',
];

/** What went wrong with a model file, in plain words. Never the raw error. */
export function ModelFileProblem({ error }: { readonly error: HearthError }) {
  const { t } = useTranslation();
  const key = EXPLAINED.includes(error.code) ? error.code : 'general';
  return (
    <p className={styles.problem} role="alert" data-testid="model-file-problem" data-code={error.code}>
      {t(`modelFile.problems.${key}`)}
    </p>
  );
}
