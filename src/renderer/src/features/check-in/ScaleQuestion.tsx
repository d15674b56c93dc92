import { useTranslation } from 'react-i18next';
import styles from './CheckIn.module.css';

const POINTS = [1, 2, 3, 4, 5] as const;

interface ScaleQuestionProps {
  readonly name: string;
  readonly question: string;
  readonly value: number | undefined;
  readonly onChange: (value: number) => void;
  /** Words for the two ends, e.g. "Not at all" and "Very much". */
  readonly low: string;
  readonly high: string;
}

/** A 1–5 question as a radio group: arrow keys move, each point says what it means to a screen reader. */
export function ScaleQuestion({ name, question, value, onChange, low, high }: ScaleQuestionProps) {
  const { t } = useTranslation();
  return (
    <fieldset className={styles.question}>
      <legend className={styles.legend}>{question}</legend>
      <div className={styles.scale}>
        {POINTS.map((point) => (
          <label key={point} className={styles.point}>
            <input type="radio" name={name} value={point} checked={value === point} onChange={() => onChange(point)} aria-label={t('checkIn.point', { point, low, high })} />
            <span aria-hidden="true">{point}</span>
          </label>
        ))}
      </div>
      <div className={styles.ends} aria-hidden="true">
        <span>{low}</span>
        <span>{high}</span>
      </div>
    </fieldset>
  );
}
