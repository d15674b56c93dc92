import { useTranslation } from 'react-i18next';
import styles from './CheckIn.module.css';

const MOODS = [1, 2, 3, 4, 5] as const;

interface Props {
  readonly disabled: boolean;
  onPick(mood: number): void;
}

/** "How are you feeling right now?" as five buttons: one tap answers it and saves. */
export function MoodTap({ disabled, onPick }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className={styles.question} data-testid="mood-tap">
      <legend className={styles.legend}>{t('checkIn.quick.question')}</legend>
      <div className={styles.moods}>
        {MOODS.map((mood) => (
          <button key={mood} type="button" className={styles.mood} disabled={disabled} onClick={() => onPick(mood)} data-mood={mood}>
            {t(`checkIn.quick.moods.${mood}`)}
          </button>
        ))}
      </div>
      <p className={styles.hint}>{t('checkIn.quick.hint')}</p>
    </fieldset>
  );
}
