import { useId } from 'react';
import styles from './Privacy.module.css';

/** A labelled password input. */
export function PassphraseField({ label, value, onChange, autoComplete, testId }: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly autoComplete: 'new-password' | 'current-password';
  readonly testId: string;
}) {
  const id = useId();
  return (
    <div className={styles.form}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input id={id} className={styles.input} type="password" autoComplete={autoComplete} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
    </div>
  );
}
