import { useEffect, useRef } from 'react';
import styles from './Onboarding.module.css';

interface StepHeadingProps {
  readonly title: string;
  readonly lead?: string;
  /** False where the step focuses its own field instead (the condition search). */
  readonly takeFocus?: boolean;
}

/**
 * A step's heading. It takes focus when the step appears, so a screen reader announces the new
 * question and a keyboard user continues from the top of it.
 */
export function StepHeading({ title, lead, takeFocus = true }: StepHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [title, takeFocus]);
  return (
    <div>
      <h1 ref={ref} id="onboarding-title" className={styles.title} tabIndex={-1}>
        {title}
      </h1>
      {lead ? <p className={styles.lead}>{lead}</p> : null}
    </div>
  );
}
