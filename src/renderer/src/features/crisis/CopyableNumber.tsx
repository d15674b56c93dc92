import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hearth } from '@renderer/hearth';
import styles from './CrisisPanel.module.css';

/**
 * A phone number large enough to read across a room, selectable, with a copy button. A desktop
 * often cannot place a call, so the number itself is the way through: dial it from any phone.
 */
export function CopyableNumber({ number, label, tone = 'normal' }: { readonly number: string; readonly label: string; readonly tone?: 'normal' | 'urgent' }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const numberRef = useRef<HTMLSpanElement>(null);

  const selectNumber = (): void => {
    const node = numberRef.current;
    const selection = window.getSelection();
    if (!node || !selection) return;
    selection.selectAllChildren(node);
  };
  const copy = async (): Promise<void> => {
    // Main copies it, so a quick exit can clear the clipboard again if the number is still there.
    const result = await hearth().privacy.copyNumber({ text: number }).catch(() => undefined);
    if (result?.ok) setCopied(true);
    // Not copied: leave the number selected so Ctrl+C / Cmd+C copies it.
    else selectNumber();
  };

  return (
    <div className={styles.number} data-tone={tone}>
      <span className="visually-hidden">{label}: </span>
      <span ref={numberRef} className={styles.digits} data-testid="phone-number">
        {number}
      </span>
      <button type="button" className={styles.copy} onClick={() => void copy()} aria-label={t('crisis.panel.copyNumber', { number })}>
        {t('crisis.panel.copy')}
      </button>
      <span className="visually-hidden" role="status">
        {copied ? t('crisis.panel.copied', { number }) : ''}
      </span>
      {copied ? <span className={styles.copiedNote}>{t('crisis.panel.clipboardNote')}</span> : null}
    </div>
  );
}
