import type { InputHTMLAttributes } from 'react';
import styles from './Onboarding.module.css';

interface ChoiceProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  readonly type: 'checkbox' | 'radio';
  readonly label: string;
  readonly hint?: string;
}

/** A native checkbox or radio inside a large, tappable card: keyboard and screen readers work as usual. */
export function Choice({ label, hint, ...input }: ChoiceProps) {
  return (
    <label className={styles.choice}>
      <input {...input} />
      <span className={styles.choiceText}>
        <span>{label}</span>
        {hint ? <span className={styles.choiceHint}>{hint}</span> : null}
      </span>
    </label>
  );
}
