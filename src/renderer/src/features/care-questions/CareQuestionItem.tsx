import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CareQuestion } from '@shared/domain';
import { Button } from '@renderer/ui/Button';
import styles from './CareQuestions.module.css';

/** What a row asks the screen to do; the screen writes, announces and moves focus. */
export interface QuestionActions {
  edit(id: string, text: string): Promise<void>;
  move(id: string, by: -1 | 1): Promise<void>;
  markAsked(id: string, note: string): Promise<void>;
  reopen(id: string): Promise<void>;
  remove(question: CareQuestion): Promise<void>;
}

interface Props {
  readonly question: CareQuestion;
  /** Place among the questions of its kind (0-based) and how many there are: ends cannot move further. */
  readonly index: number;
  readonly count: number;
  readonly actions: QuestionActions;
  readonly formatDate: (at: number) => string;
}

/** A short form of the question for button names, so each "Move up" says which question it moves. */
const short = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** One question: its words (edited in place), Move up/down, "I asked this" with a note, Ask again, Delete. */
export function CareQuestionItem({ question, index, count, actions, formatDate }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [noting, setNoting] = useState<string | null>(null);
  const row = useRef<HTMLLIElement>(null);
  // Focus goes back to the button that opened an editor once the editor has gone: after the render
  // that removes the editor (a frame timer could run first on a busy machine and find no button).
  const restoreFocus = useRef<'edit' | 'note' | null>(null);
  useEffect(() => {
    const action = restoreFocus.current;
    const button = action ? row.current?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`) : null;
    if (!button) return;
    restoreFocus.current = null;
    button.focus();
  });
  const focusAction = (action: 'edit' | 'note') => {
    restoreFocus.current = action;
  };
  const noteId = useId();
  const asked = question.status === 'asked';
  const name = short(question.text);

  const stopEditing = () => {
    setEditing(null);
    focusAction('edit');
  };
  const saveEdit = async () => {
    if (editing?.trim()) await actions.edit(question.id, editing);
    stopEditing();
  };
  const onEditKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Escape') stopEditing();
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      void saveEdit();
    }
  };
  const stopNoting = () => {
    setNoting(null);
    focusAction('note');
  };

  return (
    <li ref={row} className={`${styles.item} ${asked ? styles.askedItem : ''}`} data-question={question.id} data-testid="care-question">
      {editing !== null ? (
        <div className={styles.editor}>
          <textarea className={styles.textarea} aria-label={t('careQuestions.editLabel')} value={editing} onChange={(e) => setEditing(e.target.value)} onKeyDown={onEditKey} rows={2} maxLength={1000} autoFocus />
          <div className={styles.actions}>
            <Button variant="primary" onClick={() => void saveEdit()} disabled={!editing.trim()}>
              {t('careQuestions.save')}
            </Button>
            <Button variant="ghost" onClick={stopEditing}>
              {t('careQuestions.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <p className={styles.text} data-testid="care-question-text">
          {question.text}
        </p>
      )}
      {asked ? (
        <div className={styles.answer}>
          <p className={styles.when}>{question.askedAt ? t('careQuestions.askedOn', { date: formatDate(question.askedAt) }) : null}</p>
          {question.answerNote && noting === null ? (
            <p className={styles.note} data-testid="care-answer">
              <strong>{t('careQuestions.answerLabel')}:</strong> {question.answerNote}
            </p>
          ) : null}
        </div>
      ) : null}
      {noting !== null ? (
        <form
          className={styles.editor}
          onSubmit={(e) => {
            e.preventDefault();
            void actions.markAsked(question.id, noting).then(() => setNoting(null));
          }}
        >
          <label htmlFor={noteId} className={styles.label}>
            {t('careQuestions.noteLabel')}
          </label>
          <textarea
            id={noteId}
            className={styles.textarea}
            value={noting}
            placeholder={t('careQuestions.notePlaceholder')}
            onChange={(e) => setNoting(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && stopNoting()}
            rows={2}
            maxLength={2000}
            autoFocus
          />
          <div className={styles.actions}>
            <Button variant="primary" type="submit">
              {asked ? t('careQuestions.save') : t('careQuestions.saveAsked')}
            </Button>
            <Button variant="ghost" onClick={stopNoting}>
              {t('careQuestions.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
      {editing === null && noting === null ? (
        <div className={styles.actions}>
          {asked ? null : (
            <>
              <Button variant="ghost" data-move="up" disabled={index === 0} aria-label={t('careQuestions.moveUpNamed', { text: name })} onClick={() => void actions.move(question.id, -1)}>
                <span aria-hidden="true">↑ </span>
                {t('careQuestions.moveUp')}
              </Button>
              <Button variant="ghost" data-move="down" disabled={index === count - 1} aria-label={t('careQuestions.moveDownNamed', { text: name })} onClick={() => void actions.move(question.id, 1)}>
                <span aria-hidden="true">↓ </span>
                {t('careQuestions.moveDown')}
              </Button>
            </>
          )}
          <Button variant="ghost" data-action="edit" onClick={() => setEditing(question.text)}>
            {t('careQuestions.edit')}
          </Button>
          <Button variant={asked ? 'ghost' : 'secondary'} data-action="note" onClick={() => setNoting(question.answerNote ?? '')}>
            {asked ? t('careQuestions.editNote') : t('careQuestions.markAsked')}
          </Button>
          {asked ? (
            <Button variant="secondary" data-action="reopen" onClick={() => void actions.reopen(question.id)}>
              {t('careQuestions.reopen')}
            </Button>
          ) : null}
          <Button variant="ghost" data-action="delete" aria-label={t('careQuestions.deleteNamed', { text: name })} onClick={() => void actions.remove(question)}>
            {t('careQuestions.delete')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
