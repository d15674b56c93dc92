import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@renderer/ui/Button';
import styles from './Composer.module.css';
import { applyMention, matchNames, mentionQuery } from './mention';

interface Props {
  readonly names: readonly string[];
  /** A turn is running: Stop is offered; sending still works (a crisis must always get through). */
  readonly busy: boolean;
  /** Shown above the field (why the group cannot answer yet, and what happens to what is written). */
  readonly notice?: ReactNode;
  /** In a one-to-one chat, the buddy's name: the person writes to them, not to a group. */
  readonly buddyName?: string;
  onSend(text: string): void;
  onStop(): void;
  /** Absent in a one-to-one chat: there is nobody else to bring in. */
  onAnyoneElse?: () => void;
  /** While the group waits (paused, or for an answer), nobody else is brought in. */
  readonly anyoneElseDisabled?: boolean;
}

/** Where the user writes: Enter sends, Shift+Enter breaks a line, @ opens a list of members. */
export function Composer({ names, busy, notice, buddyName, onSend, onStop, onAnyoneElse, anyoneElseDisabled = false }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const inputId = useId();
  const query = dismissed ? null : mentionQuery(text, caret);
  const options = query ? matchNames(names, query.query) : [];
  const open = options.length > 0;

  const choose = (name: string): void => {
    const next = applyMention(text, caret, name);
    setText(next.text);
    setCaret(next.caret);
    requestAnimationFrame(() => ref.current?.setSelectionRange(next.caret, next.caret));
  };

  const send = (): void => {
    if (!text.trim()) return;
    onSend(text);
    setText('');
    setCaret(0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (open) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        choose(options[Math.min(active, options.length - 1)]!);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        setDismissed(true);
        return;
      }
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      send();
    }
  };

  return (
    <div className={styles.composer} data-testid="composer-bar">
      {notice}
      <div className={styles.field}>
        <label htmlFor={inputId} className="visually-hidden">
          {buddyName ? t('group.composer.labelBuddy', { name: buddyName }) : t('group.composer.label')}
        </label>
        <textarea
          id={inputId}
          ref={ref}
          className={styles.input}
          rows={2}
          value={text}
          placeholder={buddyName ? t('group.composer.placeholderBuddy', { name: buddyName }) : t('group.composer.placeholder')}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open ? `${listId}-${Math.min(active, options.length - 1)}` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setCaret(e.target.selectionStart);
            setDismissed(false);
            setActive(0);
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          data-testid="composer"
        />
        <ul id={listId} role="listbox" aria-label={t('group.composer.mentionList')} className={styles.mentions} hidden={!open}>
          {options.map((name, i) => (
            <li
              key={name}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? styles.activeOption : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(name);
              }}
            >
              @{name}
            </li>
          ))}
        </ul>
      </div>
      <div className={styles.actions}>
        {onAnyoneElse ? (
          <Button variant="ghost" onClick={onAnyoneElse} disabled={busy || anyoneElseDisabled}>
            {t('group.composer.anyoneElse')}
          </Button>
        ) : null}
        {busy ? (
          <Button variant="secondary" onClick={onStop}>
            {t('group.composer.stop')}
          </Button>
        ) : null}
        <Button variant="primary" onClick={send} disabled={!text.trim()}>
          {t('group.composer.send')}
        </Button>
      </div>
    </div>
  );
}
